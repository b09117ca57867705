import { closeExpiredCampaigns } from "../campaigns/close-expired-campaigns";
import { getDb } from "../db";
import { getEnv } from "../env";
import { logError } from "../observability/log-error";
import { notifyCampaignMilestones } from "../milestones/notify-campaign-milestones";
import { createEmailTransport } from "../email/create-email-transport";
import { startEmailWorker } from "../email/email-worker";
import { applyRetention } from "../privacy/apply-retention";
import { reconcileSignatureCounts } from "../signatures/reconcile-signature-counts";
import { createSendRateLimiter } from "../email/send-rate-limiter";
import { getRateLimitPool } from "../security/process-rate-limit-pool";
import { startBroadcastWorker } from "../updates/broadcast-worker";
import { createBroadcastTemplates } from "../updates/broadcast-templates";

const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const DEADLINE_INTERVAL_MS = 60 * 1000;
const MILESTONE_INTERVAL_MS = 60 * 1000;

const globalForJobs = globalThis as unknown as { chorusJobs?: { stop: () => Promise<void> } };

/**
 * Runs the job workers: inside the web process (WORKER=on, the default), or alone in
 * `npm run worker` (scripts/worker.ts, which passes force).
 */
export function startBackgroundJobs({ force = false }: { force?: boolean } = {}): void {
  const env = getEnv();
  if ((env.WORKER === "off" && !force) || globalForJobs.chorusJobs) return;
  const db = getDb();
  const transport = createEmailTransport(env, db);
  // One budget of provider requests for confirmations, notices and update batches alike.
  const rateLimiter = createSendRateLimiter(getRateLimitPool(), env.EMAIL_MAX_REQUESTS_PER_SECOND);
  const broadcastWorker = startBroadcastWorker({
    db,
    transport,
    templates: createBroadcastTemplates(env.APP_URL),
    from: env.EMAIL_FROM,
    appUrl: env.APP_URL,
    secret: env.APP_SECRET,
    rateLimiter,
    concurrency: env.EMAIL_BATCH_CONCURRENCY,
    leaseSeconds: env.EMAIL_BATCH_LEASE_SECONDS,
    unsubscribeMailto: env.EMAIL_UNSUBSCRIBE_MAILTO,
    pollMs: env.WORKER_POLL_MS,
  });
  const emailWorker = startEmailWorker({
    rateLimiter,
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
    reconcileSignatureCounts(db).catch((error) => logError("counts", error));
  }, env.RECONCILE_INTERVAL_MS);
  reconcile.unref();
  const retention = setInterval(() => {
    applyRetention({ db }).catch((error) => logError("retention", error));
  }, RETENTION_INTERVAL_MS);
  retention.unref();
  // Every process may run this at once: its one statement closes each campaign once.
  const deadlines = setInterval(() => {
    closeExpiredCampaigns({ db }).catch((error) => logError("deadlines", error));
  }, DEADLINE_INTERVAL_MS);
  deadlines.unref();
  // Every process may run this at once: each milestone's row is inserted, and emailed, once.
  const milestones = setInterval(() => {
    notifyCampaignMilestones({ db }).catch((error) => logError("milestones", error));
  }, MILESTONE_INTERVAL_MS);
  milestones.unref();
  globalForJobs.chorusJobs = {
    async stop() {
      clearInterval(reconcile);
      clearInterval(retention);
      clearInterval(deadlines);
      clearInterval(milestones);
      await Promise.all([emailWorker.stop(), broadcastWorker.stop()]);
    },
  };
  console.log(`[jobs] email and update workers (${transport.name}), count reconciliation, data retention, campaign deadlines and milestones started`);
}

/** Whether this process runs the jobs now (for the diagnostics endpoint). */
export function backgroundJobsRunning(): boolean {
  return globalForJobs.chorusJobs !== undefined;
}

/** Stops this process's workers, letting an email being sent finish. */
export async function stopBackgroundJobs(): Promise<void> {
  const jobs = globalForJobs.chorusJobs;
  globalForJobs.chorusJobs = undefined;
  await jobs?.stop();
}
