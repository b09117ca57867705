import { closeExpiredCampaigns } from "../campaigns/close-expired-campaigns";
import { getDb } from "../db";
import { getEnv } from "../env";
import { logError } from "../observability/log-error";
import { notifyCampaignMilestones } from "../milestones/notify-campaign-milestones";
import { createEmailTransport } from "../email/create-email-transport";
import { startEmailWorker } from "../email/email-worker";
import { applyRetention } from "../privacy/apply-retention";
import { reconcileSignatureCounts } from "../signatures/reconcile-signature-counts";

const RETENTION_INTERVAL_MS = 60 * 60 * 1000;
const DEADLINE_INTERVAL_MS = 60 * 1000;
const MILESTONE_INTERVAL_MS = 60 * 1000;

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
      await emailWorker.stop();
    },
  };
  console.log(`[jobs] email worker (${transport.name}), count reconciliation, data retention, campaign deadlines and milestones started`);
}

/** Stops this process's workers, letting an email being sent finish. */
export async function stopBackgroundJobs(): Promise<void> {
  const jobs = globalForJobs.chorusJobs;
  globalForJobs.chorusJobs = undefined;
  await jobs?.stop();
}
