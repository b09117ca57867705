import type { Db } from "../db";
import type { EmailPayload } from "./email-kinds";
import type { EmailTransport, SendResult } from "./email-transport";
import { renderEmail } from "./render-email";

/** Transient failures (429, 5xx, timeouts) are retried for this long before a message is given up. */
export const GIVE_UP_AFTER_MS = 48 * 60 * 60 * 1000;
/** A claimed message whose worker died is picked up again after this. */
const CLAIM_TIMEOUT_SECONDS = 120;
/** Well under the claim timeout, so a hung request never outlives its claim. */
export const SEND_TIMEOUT_MS = 30_000;

type DeliverOptions = {
  db: Db;
  transport: EmailTransport;
  from: string;
  appUrl: string;
  secret: string;
  batchSize?: number;
  now?: Date;
};

type ClaimedEmail = {
  id: string;
  idempotencyKey: string;
  toAddress: string;
  locale: string;
  payload: EmailPayload;
  attempts: number;
  createdAt: Date;
  lockedUntil: Date;
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
 * with FOR UPDATE SKIP LOCKED, so any number of workers in any number of processes share
 * the outbox without sending a message twice; a row is only updated by the worker that
 * still holds its claim. Sends go one after another, which keeps a process well inside
 * the provider's request rate; transient failures are retried with backoff for 48 hours.
 */
export async function deliverDueEmails(options: DeliverOptions): Promise<number> {
  const { db, transport, from, appUrl, secret } = options;
  const now = options.now ?? new Date();
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailMessage"
    SET "lockedUntil" = ${now}::timestamptz + make_interval(secs => ${CLAIM_TIMEOUT_SECONDS}),
        "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt"
      LIMIT ${options.batchSize ?? 20}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "idempotencyKey", "toAddress", "locale", "payload", "attempts", "createdAt", "lockedUntil"`;

  for (const email of claimed) {
    let result: SendResult;
    try {
      const rendered = await renderEmail(email.locale, email.payload, { appUrl, secret });
      result = await withTimeout(
        transport.send({ outboxId: email.id, idempotencyKey: email.idempotencyKey, from, to: email.toAddress, ...rendered }),
      );
    } catch (error) {
      result = { ok: false, retryable: true, error: (error as Error).message };
    }
    const stillOurs = { id: email.id, lockedUntil: email.lockedUntil };
    if (result.ok) {
      await db.emailMessage.updateMany({
        where: stillOurs,
        data: { status: "SENT", sentAt: new Date(), providerId: result.providerId, lockedUntil: null, lastError: null },
      });
      continue;
    }
    const giveUp = !result.retryable || now.getTime() - email.createdAt.getTime() >= GIVE_UP_AFTER_MS;
    console.warn(`[email] ${email.id} attempt ${email.attempts} failed (${result.error})${giveUp ? "; giving up" : ""}`);
    await db.emailMessage.updateMany({
      where: stillOurs,
      data: {
        status: giveUp ? "FAILED" : "PENDING",
        lastError: result.error.slice(0, 1000),
        lockedUntil: null,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)),
      },
    });
  }
  return claimed.length;
}
