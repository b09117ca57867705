import type { Db } from "../db";
import { claimDueEmails, type ClaimedEmail, renewEmailLease } from "./email-claims";
import type { EmailKind } from "./email-kinds";
import type { EmailTransport, SendResult } from "./email-transport";
import { createRecipientCap, type RecipientLimits, type RecipientTicket } from "./recipient-cap";
import { prepareConfirmation } from "./prepare-confirmation";
import { recipientKey } from "./recipient-key";
import { renderEmail } from "./render-email";
import type { SendRateLimiter } from "./send-rate-limiter";

/**
 * A message that could not be sent within this long of being enqueued is given up: from
 * transient failures (429, 5xx, timeouts) or from waiting for its recipient's cap.
 */
export const GIVE_UP_AFTER_MS = 48 * 60 * 60 * 1000;
/** Well under the lease (LEASE_SECONDS), so a hung request never outlives its claim. */
export const SEND_TIMEOUT_MS = 30_000;
/** Confirmation emails one inbox receives across all campaigns (EMAIL_CONFIRMATIONS_PER_RECIPIENT_*). */
export const DEFAULT_RECIPIENT_LIMITS: RecipientLimits = { perHour: 3, perDay: 10 };
/** The kinds the recipient cap counts; other mail (e.g. updates someone subscribed to) is not capped by it. */
const CAPPED_KINDS: ReadonlySet<EmailKind> = new Set(["signature-confirmation"]);

type DeliverOptions = {
  db: Db;
  transport: EmailTransport;
  from: string;
  appUrl: string;
  secret: string;
  batchSize?: number;
  recipientLimits?: RecipientLimits;
  /** The provider's request budget, shared with update batches (none: unlimited). */
  rateLimiter?: SendRateLimiter;
  /** A fixed time for the whole run (tests). */
  now?: Date;
  /** Where the time comes from (tests advance it while a send hangs); defaults to the system clock. */
  clock?: () => Date;
};

/** 5 s, 10 s, 20 s … capped at 15 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 15 * 60_000);
}

function withTimeout(send: Promise<SendResult>): Promise<SendResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, retryable: true, error: "timed out" }), SEND_TIMEOUT_MS);
  });
  return Promise.race([send, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Sends one batch of due outbox emails and returns how many it claimed. Rows are claimed
 * with FOR UPDATE SKIP LOCKED, and each claim is renewed right before its send, so any
 * number of workers in any number of processes share the outbox without sending a
 * message twice, however long the provider takes; a row is only updated by the worker
 * that still holds its claim. Sends go one after another, which keeps a process well
 * inside the provider's request rate; transient failures are retried with backoff,
 * counted from when they happened, until 48 hours after the message was enqueued.
 * Confirmation emails over their recipient's cap wait, uncounted, for the cap to reopen.
 */
export async function deliverDueEmails(options: DeliverOptions): Promise<number> {
  const { db, transport, from, appUrl, secret } = options;
  const fixedNow = options.now;
  const clock = options.clock ?? (fixedNow ? () => fixedNow : () => new Date());
  const cap = createRecipientCap(db, options.recipientLimits ?? DEFAULT_RECIPIENT_LIMITS);
  // A recipient the cap refused in this batch: the rest of their mail waits without asking again.
  const closedUntil = new Map<string, Date>();
  const claimed = await claimDueEmails(db, clock(), options.batchSize ?? 20);

  for (const email of claimed) {
    // The wait for a turn comes before the renewal, so it never eats into the send's lease.
    await options.rateLimiter?.acquire();
    const lockedUntil = await renewEmailLease(db, email, clock());
    if (!lockedUntil) continue; // the claim ran out and another worker has the message now
    const stillOurs = { id: email.id, lockedUntil };

    if (email.payload.kind === "signature-confirmation" && !(await prepareConfirmation(db, { idempotencyKey: email.idempotencyKey, payload: email.payload }, secret))) {
      await db.emailMessage.updateMany({
        where: stillOurs,
        data: { status: "FAILED", lockedUntil: null, lastError: "skipped: the signature is no longer pending, or a newer confirmation was queued" },
      });
      continue;
    }

    let ticket: RecipientTicket = [];
    if (CAPPED_KINDS.has(email.payload.kind)) {
      const key = recipientKey(secret, email.toAddress);
      let reopensAt = closedUntil.get(key) ?? null;
      if (!reopensAt) {
        const outcome = await cap.take(key, clock());
        if ("ticket" in outcome) {
          ticket = outcome.ticket;
        } else {
          reopensAt = outcome.reopensAt;
          closedUntil.set(key, reopensAt);
          console.info(`[email] an inbox reached its confirmation cap; its emails wait until ${reopensAt.toISOString()}`);
        }
      }
      if (reopensAt) {
        await postpone(email, stillOurs, reopensAt);
        continue;
      }
    }

    let result: SendResult;
    try {
      const rendered = await renderEmail(email.locale, email.payload, { appUrl, secret });
      result = await withTimeout(
        transport.send({ outboxId: email.id, idempotencyKey: email.idempotencyKey, from, to: email.toAddress, ...rendered }),
      );
    } catch (error) {
      result = { ok: false, retryable: true, error: (error as Error).message };
    }
    const finishedAt = clock();
    if (result.ok) {
      await db.emailMessage.updateMany({
        where: stillOurs,
        data: { status: "SENT", sentAt: finishedAt, providerId: result.providerId, lockedUntil: null, lastError: null },
      });
      continue;
    }
    // Nothing went out (a retry reuses the idempotency key, so even a timed-out send that
    // did arrive is not delivered twice): the recipient's allowance is not used up.
    await cap.giveBack(ticket);
    const giveUp = !result.retryable || finishedAt.getTime() - email.createdAt.getTime() >= GIVE_UP_AFTER_MS;
    console.warn(`[email] ${email.id} attempt ${email.attempts} failed (${result.error})${giveUp ? "; giving up" : ""}`);
    await db.emailMessage.updateMany({
      where: stillOurs,
      data: {
        status: giveUp ? "FAILED" : "PENDING",
        lastError: result.error.slice(0, 1000),
        lockedUntil: null,
        nextAttemptAt: new Date(finishedAt.getTime() + retryDelayMs(email.attempts)),
      },
    });
  }
  return claimed.length;

  /**
   * Over the cap is not a failed attempt: the claim's attempt is handed back and the
   * message waits for the window. The 48 hours still count from when it was enqueued, so
   * a flood cannot build a backlog that keeps mailing someone for weeks.
   */
  async function postpone(email: ClaimedEmail, stillOurs: { id: string; lockedUntil: Date }, reopensAt: Date) {
    const giveUp = reopensAt.getTime() - email.createdAt.getTime() >= GIVE_UP_AFTER_MS;
    if (giveUp) console.warn(`[email] ${email.id} not sent within 48 hours because of its recipient's cap; giving up`);
    await db.emailMessage.updateMany({
      where: stillOurs,
      data: {
        status: giveUp ? "FAILED" : "PENDING",
        attempts: { decrement: 1 },
        lockedUntil: null,
        nextAttemptAt: reopensAt,
        ...(giveUp ? { lastError: "recipient cap: not sendable within 48 hours of being enqueued" } : {}),
      },
    });
  }
}
