import { getDb } from "../db";
import { getEnv } from "../env";
import { createEmailTransport } from "../email/create-email-transport";
import { startEmailWorker } from "../email/email-worker";
import { reconcileSignatureCounts } from "../signatures/reconcile-signature-counts";

const globalForJobs = globalThis as unknown as { chorusJobs?: { stop: () => Promise<void> } };

/** Runs the job workers inside the web process (WORKER=on, the default). */
export function startBackgroundJobs(): void {
  const env = getEnv();
  if (env.WORKER === "off" || globalForJobs.chorusJobs) return;
  const db = getDb();
  const transport = createEmailTransport(env, db);
  const emailWorker = startEmailWorker({
    db,
    transport,
    from: env.EMAIL_FROM,
    appUrl: env.APP_URL,
    secret: env.APP_SECRET,
    pollMs: env.WORKER_POLL_MS,
    recipientLimits: {
      perHour: env.EMAIL_CONFIRMATIONS_PER_RECIPIENT_PER_HOUR,
      perDay: env.EMAIL_CONFIRMATIONS_PER_RECIPIENT_PER_DAY,
    },
  });
  // Several processes may run this; an advisory lock lets one of them work at a time.
  const reconcile = setInterval(() => {
    reconcileSignatureCounts(db).catch((error) => console.error("[counts] reconciliation failed:", error));
  }, env.RECONCILE_INTERVAL_MS);
  reconcile.unref();
  globalForJobs.chorusJobs = {
    async stop() {
      clearInterval(reconcile);
      await emailWorker.stop();
    },
  };
  console.log(`[jobs] email worker (${transport.name}) and count reconciliation started`);
}

/** Stops this process's workers, letting an email being sent finish. */
export async function stopBackgroundJobs(): Promise<void> {
  const jobs = globalForJobs.chorusJobs;
  globalForJobs.chorusJobs = undefined;
  await jobs?.stop();
}
