// `npm run worker`: Chorus's background jobs without the web server: email delivery (the
// outbox and update broadcasts), count reconciliation, data retention and campaign
// deadlines. Run any number of them, on any machine that reaches the database; set
// WORKER=off on the web processes to keep sending out of them. Reads .env like `npm start`;
// needs DATABASE_URL (migrate first with `npm start` or `npm run db:migrate`).
import { existsSync } from "node:fs";

if (existsSync(".env") && !process.env.CHORUS_IGNORE_DOTENV) process.loadEnvFile(".env");
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });

if (!process.env.DATABASE_URL) {
  console.error("npm run worker needs DATABASE_URL (the database the web app uses).");
  process.exit(1);
}

// Imported only now: they read the configuration completed above.
const { startBackgroundJobs, stopBackgroundJobs } = await import("../lib/jobs/start-background-jobs");
startBackgroundJobs({ force: true });
// The jobs' timers do not hold the process open on their own.
const keepAlive = setInterval(() => {}, 60_000);
console.log("[worker] running; Ctrl-C to stop");

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log("[worker] stopping after the sends in progress…");
  clearInterval(keepAlive);
  await stopBackgroundJobs().catch((error) => console.error(error));
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
