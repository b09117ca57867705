import type { Db } from "../db";
import { confirmationTokenFor, hashConfirmationToken } from "../signatures/confirmation-token";

/**
 * Right before a confirmation email goes out, makes the stored token hash match the link
 * it carries, which is built with the current APP_SECRET: after a secret rotation, emails
 * queued or re-sent under the old secret still confirm. Only a pending signature, and only
 * when the hash differs, so the usual case writes nothing.
 */
export async function rekeyConfirmationToken(db: Db, signatureId: string, secret: string): Promise<void> {
  const tokenHash = hashConfirmationToken(confirmationTokenFor(secret, signatureId));
  await db.$executeRaw`
    UPDATE "Signature" SET "confirmationTokenHash" = ${tokenHash}
    WHERE "id" = ${signatureId}::uuid AND "status" = 'PENDING' AND "confirmationTokenHash" IS DISTINCT FROM ${tokenHash}`;
}
