import type { Db } from "../db";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rows per statement, so a large backlog never holds long locks. */
const BATCH = 5_000;

/** How long Chorus keeps what it does not need for a campaign (README: "What Chorus stores"). */
export const RETENTION = {
  /** A signature never confirmed: deleted this long after its link expired (the expired-link page can still re-send until then). */
  unconfirmedAfterLinkExpiryDays: 7,
  /** The keyed hash of the signer's address, kept for abuse analysis only this long. */
  ipHashDays: 30,
  /** Sent or failed emails (address, name, subject) in the outbox. */
  deliveredEmailDays: 30,
  /** The development mailbox. */
  devMailboxDays: 7,
  /** Sign-in link emails, whatever their state: each holds a link that signs someone in (for an hour). */
  signInEmailDays: 1,
} as const;

export type RetentionResult = {
  unconfirmedSignatures: number;
  ipHashesCleared: number;
  emails: number;
  devMailboxMessages: number;
  signInEmails: number;
};

/**
 * Deletes or blanks what Chorus no longer needs: unconfirmed signatures, old address
 * hashes, delivered emails and development mail. Confirmed signatures stay while their
 * campaign exists. Each step works in batches of its own short statements until nothing
 * is left; several processes may run it at once (SKIP LOCKED splits the rows between them).
 */
export async function applyRetention(options: { db: Db; now?: Date }): Promise<RetentionResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);

  const untilDone = async (step: () => Promise<number>) => {
    let total = 0;
    for (let affected = BATCH; affected === BATCH; total += affected) affected = await step();
    return total;
  };
  return {
    unconfirmedSignatures: await untilDone(() => db.$executeRaw`
      DELETE FROM "Signature" WHERE "id" IN (
        SELECT "id" FROM "Signature"
        WHERE "status" = 'PENDING' AND "tokenExpiresAt" < ${before(RETENTION.unconfirmedAfterLinkExpiryDays)}
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`),
    ipHashesCleared: await untilDone(() => db.$executeRaw`
      UPDATE "Signature" SET "ipHash" = NULL WHERE "id" IN (
        SELECT "id" FROM "Signature"
        WHERE "ipHash" IS NOT NULL AND "createdAt" < ${before(RETENTION.ipHashDays)}
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`),
    emails: await untilDone(() => db.$executeRaw`
      DELETE FROM "EmailMessage" WHERE "id" IN (
        SELECT "id" FROM "EmailMessage"
        WHERE "status" IN ('SENT', 'FAILED') AND "createdAt" < ${before(RETENTION.deliveredEmailDays)}
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`),
    signInEmails: await untilDone(() => db.$executeRaw`
      DELETE FROM "EmailMessage" WHERE "id" IN (
        SELECT "id" FROM "EmailMessage"
        WHERE "kind" = 'notice' AND "payload"->>'template' = 'authEmail.signIn' AND "createdAt" < ${before(RETENTION.signInEmailDays)}
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`),
    devMailboxMessages: await untilDone(() => db.$executeRaw`
      DELETE FROM "DevMailboxMessage" WHERE "id" IN (
        SELECT "id" FROM "DevMailboxMessage" WHERE "createdAt" < ${before(RETENTION.devMailboxDays)}
        LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`),
  };
}
