import type { Db } from "../db";
import { queuedAtOfConfirmationKey } from "../signatures/confirmation-email-key";
import { confirmationTokenFor, hashConfirmationToken } from "../signatures/confirmation-token";

/**
 * Right before a confirmation email would go out, in one statement: whether it still has a
 * reason to (its signature is pending and no newer confirmation was queued for it since),
 * and if so, making the stored token hash match the link it carries.
 *
 * - Each (re-)send stamps the signature's confirmationSentAt with the time its email's
 *   idempotency key carries, so an older email of the same signature is known by its
 *   earlier stamp. Skipping those before the per-inbox cap keeps a stranger's repeated
 *   re-sends from using up the owner's allowance, and a signer who confirmed from the first
 *   email gets no stale second one.
 * - The link is built with the current APP_SECRET: after a secret rotation, emails queued
 *   or re-sent under the old secret still confirm. The hash is written only when it
 *   differs, so the usual case writes nothing.
 */
export async function prepareConfirmation(
  db: Db,
  email: { idempotencyKey: string; payload: { signatureId: string } },
  secret: string,
): Promise<boolean> {
  const queuedAt = queuedAtOfConfirmationKey(email.idempotencyKey);
  const { signatureId } = email.payload;
  const tokenHash = hashConfirmationToken(confirmationTokenFor(secret, signatureId));
  const [row] = await db.$queryRaw<{ due: boolean }[]>`
    WITH due AS (
      SELECT "id" FROM "Signature"
      WHERE "id" = ${signatureId}::uuid AND "status" = 'PENDING'
        AND (${queuedAt}::timestamptz IS NULL OR "confirmationSentAt" <= ${queuedAt}::timestamptz)
    ), rekeyed AS (
      UPDATE "Signature" s SET "confirmationTokenHash" = ${tokenHash}
      FROM due WHERE s."id" = due."id" AND s."confirmationTokenHash" IS DISTINCT FROM ${tokenHash}
      RETURNING s."id"
    )
    SELECT EXISTS (SELECT 1 FROM due) AS due`;
  return row?.due ?? false;
}
