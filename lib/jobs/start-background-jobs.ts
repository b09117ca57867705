import { getDb } from "../db";
import { getEnv } from "../env";
import { createEmailTransport } from "../email/create-email-transport";
import { startEmailWorker } from "../email/email-worker";

const globalForJobs = globalThis as unknown as { chorusJobs?: { stop: () => Promise<void> } };

/** Runs the job workers inside the web process (WORKER=on, the default). */
export function startBackgroundJobs(): void {
  const env = getEnv();
  if (env.WORKER === "off" || globalForJobs.chorusJobs) return;
  const db = getDb();
  const transport = createEmailTransport(env, db);
  globalForJobs.chorusJobs = startEmailWorker({
    db,
    transport,
    from: env.EMAIL_FROM,
    appUrl: env.APP_URL,
    secret: env.APP_SECRET,
    pollMs: env.WORKER_POLL_MS,
  });
  console.log(`[jobs] email worker started (transport: ${transport.name})`);
}
