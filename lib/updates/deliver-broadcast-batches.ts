import type { Db } from "../db";
import type { BatchSendResult, EmailTransport } from "../email/email-transport";
import { unlimitedSendRate, type SendRateLimiter } from "../email/send-rate-limiter";
import { claimDueBatches, renewBatchLease, type ClaimedBatch } from "./broadcast-claims";
import { DEFAULT_BATCH_LEASE_SECONDS, givesUp, retryDelayMs, sendTimeoutMs } from "./broadcast-policy";
import type { BroadcastTemplates } from "./broadcast-templates";
import { updateBatchEmails } from "./encoded-update-email";
import { prepareBatchRecipients } from "./prepare-batch-recipients";
import { finishBroadcastIfDone, pauseBroadcast, recordBatchFailed, recordBatchRetry, recordBatchSent } from "./record-batch-outcome";
import { signerEmailsFor } from "./signer-email";

export type DeliverBroadcastOptions = {
  db: Db;
  transport: EmailTransport;
  templates: BroadcastTemplates;
  from: string;
  appUrl: string;
  secret: string;
  rateLimiter?: SendRateLimiter;
  /** Batches claimed and sent at once by this call. */
  concurrency?: number;
  leaseSeconds?: number;
  /** EMAIL_UNSUBSCRIBE_MAILTO: adds a mailto: to List-Unsubscribe. */
  unsubscribeMailto?: string;
  /** Where the time comes from (tests); defaults to the system clock. */
  clock?: () => Date;
};

/**
 * Sends due update batches, `concurrency` at a time, and returns how many it claimed (0:
 * nothing due; at most 25 per lane in one call).
 * Each batch is claimed with FOR UPDATE SKIP LOCKED under a lease; its recipients are
 * checked once before the first send (withdrawn, unsubscribed, suppressed are skipped) and
 * then fixed, as is the content, so every attempt sends the same body under the batch's
 * idempotency key and the provider delivers it once however often it is retried. The lease
 * is renewed after the wait for a rate-limit turn and right before the request, and the
 * request is cut off at half the lease, so no other worker can take a batch while it may
 * still be in flight. Transient failures retry with backoff honouring Retry-After; a
 * refused request fails its recipients; a refused API key pauses the whole broadcast.
 */
export async function deliverBroadcastBatches(options: DeliverBroadcastOptions): Promise<number> {
  const clock = options.clock ?? (() => new Date());
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_BATCH_LEASE_SECONDS;
  const concurrency = options.concurrency ?? 4;
  // Bounded, so a worker asked to stop finishes its round soon.
  const limit = concurrency * 25;
  let claimed = 0;
  // Each lane claims its next batch as soon as it is done with one, so a slow batch never
  // holds the others up.
  const lane = async () => {
    while (claimed < limit) {
      const [batch] = await claimDueBatches(options.db, clock(), 1, leaseSeconds);
      if (!batch) return;
      claimed++;
      await deliverBatch(options, batch, clock, leaseSeconds);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return claimed;
}

async function deliverBatch(options: DeliverBroadcastOptions, batch: ClaimedBatch, clock: () => Date, leaseSeconds: number): Promise<void> {
  const { db, templates, secret } = options;
  const recipients = await prepareBatchRecipients(db, { batch, secret, now: clock() });
  if (!recipients) return; // the claim ran out and another worker has the batch
  const { content, startedAt } = await templates.broadcast(db, batch.broadcastId);

  if (recipients.length === 0) {
    // Everyone in it was skipped: nothing to send.
    if (await recordBatchSent(db, batch, [], [], clock())) await finishBroadcastIfDone(db, batch.broadcastId, clock());
    return;
  }

  const signerEmail = signerEmailsFor({ appUrl: options.appUrl, content, secret, unsubscribeMailto: options.unsubscribeMailto });
  const emails = updateBatchEmails(
    await Promise.all(
      recipients.map(async (recipient) => ({
        ...(await templates.template(batch.broadcastId, content, templates.localeFor(content, recipient.locale))),
        signer: signerEmail(recipient),
      })),
    ),
  );
  await (options.rateLimiter ?? unlimitedSendRate).acquire();
  const lockedUntil = await renewBatchLease(db, batch, clock(), leaseSeconds);
  if (!lockedUntil) return;
  const held = { id: batch.id, broadcastId: batch.broadcastId, lockedUntil };

  const result = await sendWithin(options.transport, { batchId: batch.id, idempotencyKey: batch.idempotencyKey, from: options.from, emails }, sendTimeoutMs(leaseSeconds));
  const now = clock();
  if (result.ok) {
    const signatureIds = recipients.map((recipient) => recipient.signatureId);
    if (await recordBatchSent(db, held, signatureIds, result.providerIds, now)) await finishBroadcastIfDone(db, batch.broadcastId, now);
    return;
  }
  if (result.kind === "unauthorized") {
    console.error(
      `[broadcast] the email provider refused the API key (${result.error}): broadcast ${batch.broadcastId} is PAUSED. ` +
        "Fix RESEND_API_KEY, then resume it from the admin page (/admin).",
    );
    await pauseBroadcast(db, held, result.error);
    return;
  }
  if (result.kind === "permanent" || givesUp(startedAt, now)) {
    console.warn(`[broadcast] batch ${batch.seq} of ${batch.broadcastId} failed for good (${result.error})`);
    if (await recordBatchFailed(db, held, result.error)) await finishBroadcastIfDone(db, batch.broadcastId, now);
    return;
  }
  const delay = retryDelayMs(batch.attempts, result.retryAfterMs);
  console.warn(`[broadcast] batch ${batch.seq} of ${batch.broadcastId} attempt ${batch.attempts} failed (${result.error}); again in ${Math.round(delay / 1000)} s`);
  await recordBatchRetry(db, held, result.error, new Date(now.getTime() + delay));
}

/** The request, aborted at `timeoutMs` (then retried later under the same key). */
async function sendWithin(transport: EmailTransport, batch: Parameters<EmailTransport["sendBatch"]>[0], timeoutMs: number): Promise<BatchSendResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<BatchSendResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, kind: "retry", status: null, retryAfterMs: null, error: `no answer within ${timeoutMs} ms` });
    }, timeoutMs);
  });
  try {
    return await Promise.race([transport.sendBatch({ ...batch, signal: controller.signal }), timeout]);
  } catch (error) {
    return { ok: false, kind: "retry", status: null, retryAfterMs: null, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
