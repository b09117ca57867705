import type { Db } from "../db";
import type { EmailPayload } from "./email-kinds";
import type { EmailTransport } from "./email-transport";
import { renderEmail } from "./render-email";

export const MAX_EMAIL_ATTEMPTS = 8;
/** A claimed message whose worker died is picked up again after this. */
const CLAIM_TIMEOUT_SECONDS = 120;

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
};

/** 5 s, 10 s, 20 s … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Sends one batch of due outbox emails and returns how many it claimed. Rows are claimed
 * with FOR UPDATE SKIP LOCKED, so any number of workers in any number of processes share
 * the outbox without sending a message twice.
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
    RETURNING "id", "idempotencyKey", "toAddress", "locale", "payload", "attempts"`;

  await Promise.all(
    claimed.map(async (email) => {
      let result: Awaited<ReturnType<EmailTransport["send"]>>;
      try {
        const rendered = await renderEmail(email.locale, email.payload, { appUrl, secret });
        result = await transport.send({
          outboxId: email.id,
          idempotencyKey: email.idempotencyKey,
          from,
          to: email.toAddress,
          ...rendered,
        });
      } catch (error) {
        result = { ok: false, retryable: true, error: (error as Error).message };
      }
      if (result.ok) {
        await db.emailMessage.update({
          where: { id: email.id },
          data: { status: "SENT", sentAt: new Date(), providerId: result.providerId, lockedUntil: null, lastError: null },
        });
        return;
      }
      const giveUp = !result.retryable || email.attempts >= MAX_EMAIL_ATTEMPTS;
      console.warn(`[email] ${email.id} attempt ${email.attempts} failed (${result.error})${giveUp ? "; giving up" : ""}`);
      await db.emailMessage.update({
        where: { id: email.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lastError: result.error.slice(0, 1000),
          lockedUntil: null,
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts)),
        },
      });
    }),
  );
  return claimed.length;
}
