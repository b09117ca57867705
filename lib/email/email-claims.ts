import type { Db } from "../db";
import type { EmailPayload } from "./email-kinds";

/**
 * How long a claim holds. A message's claim is renewed right before it is sent, so this
 * only has to outlast one send (SEND_TIMEOUT_MS) plus the few queries around it, not a
 * whole batch: a hung provider cannot let another worker take a message this one is
 * about to send.
 */
export const LEASE_SECONDS = 120;

export type ClaimedEmail = {
  id: string;
  idempotencyKey: string;
  toAddress: string;
  locale: string;
  payload: EmailPayload;
  attempts: number;
  createdAt: Date;
  nextAttemptAt: Date;
  lockedUntil: Date;
};

/**
 * Claims up to `limit` due messages with FOR UPDATE SKIP LOCKED, so workers in any number
 * of processes take disjoint sets. Among messages due at the same moment (those a
 * recipient cap postponed to when its window reopens) the newest goes first: in a flood
 * of someone else's sign-ups, the email the owner of the address just asked for is the
 * one most likely wanted.
 */
export async function claimDueEmails(db: Db, now: Date, limit: number): Promise<ClaimedEmail[]> {
  const claimed = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE "EmailMessage"
    SET "lockedUntil" = ${now}::timestamptz + make_interval(secs => ${LEASE_SECONDS}),
        "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "EmailMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "createdAt" DESC
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "idempotencyKey", "toAddress", "locale", "payload", "attempts", "createdAt", "nextAttemptAt",
      "lockedUntil"`;
  // UPDATE returns rows in no particular order; send them in the order they were chosen.
  return claimed.sort(
    (a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || b.createdAt.getTime() - a.createdAt.getTime(),
  );
}

/**
 * Extends this worker's claim on one message from `now`, only if it still holds it (same
 * id and lease as claimed). Returns the new lease, or null when the claim ran out and
 * another worker took the message: then this worker must not send it.
 */
export async function renewEmailLease(db: Db, email: ClaimedEmail, now: Date): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE "EmailMessage"
    SET "lockedUntil" = ${now}::timestamptz + make_interval(secs => ${LEASE_SECONDS})
    WHERE "id" = ${email.id}::uuid AND "lockedUntil" = ${email.lockedUntil} AND "status" = 'PENDING'
    RETURNING "lockedUntil"`;
  return row?.lockedUntil ?? null;
}
