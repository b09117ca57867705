import type { Db } from "../db";
import { recipientKey } from "../email/recipient-key";
import type { ClaimedBatch } from "./broadcast-claims";

export type BatchRecipient = { signatureId: string; email: string; locale: string; referralCode: string };

type RecipientRow = BatchRecipient & { status: string; withdrawnAt: Date | null; unsubscribedAt: Date | null };

/**
 * The recipients a batch sends to, in a fixed order. Before its first send (preparedAt
 * unset) those who since withdrew, unsubscribed, stopped being confirmed or whose inbox is
 * suppressed (a keyed hash in EmailSuppression, one `= ANY` query per batch) are marked
 * SKIPPED by the same statement that marks the batch prepared, and only while this worker
 * still holds the claim. Later attempts send exactly the recipients the first did, so the
 * request body never changes under its idempotency key. Null: the claim was lost.
 */
export async function prepareBatchRecipients(
  db: Db,
  { batch, secret, now }: { batch: ClaimedBatch; secret: string; now: Date },
): Promise<BatchRecipient[] | null> {
  const rows = await db.$queryRaw<RecipientRow[]>`
    SELECT recipient."signatureId", signature."email", signature."locale", signature."referralCode",
      signature."status"::text AS "status", signature."withdrawnAt", signature."unsubscribedAt"
    FROM "BroadcastRecipient" AS recipient
    JOIN "Signature" AS signature ON signature."id" = recipient."signatureId"
    WHERE recipient."batchId" = ${batch.id}::uuid AND recipient."status" = 'QUEUED'
    ORDER BY recipient."signatureId"`;
  const recipients = rows.map(({ signatureId, email, locale, referralCode }) => ({ signatureId, email, locale, referralCode }));
  if (batch.preparedAt) return recipients;

  const keys = new Map(rows.map((row) => [row.signatureId, recipientKey(secret, row.email)]));
  const suppressed = new Set(
    (
      await db.$queryRaw<{ addressKey: string }[]>`
        SELECT "addressKey" FROM "EmailSuppression" WHERE "addressKey" = ANY(${[...new Set(keys.values())]}::text[])`
    ).map((row) => row.addressKey),
  );
  const reasons = new Map<string, string>();
  for (const row of rows) {
    if (row.withdrawnAt || row.status === "WITHDRAWN") reasons.set(row.signatureId, "withdrawn");
    else if (row.status !== "CONFIRMED") reasons.set(row.signatureId, "no longer confirmed");
    else if (row.unsubscribedAt) reasons.set(row.signatureId, "unsubscribed");
    else if (suppressed.has(keys.get(row.signatureId)!)) reasons.set(row.signatureId, "suppressed");
  }
  // One statement, so atomic: the skips are written only if the claim is still ours.
  const [outcome] = await db.$queryRaw<{ prepared: number }[]>`
    WITH prepared AS (
      UPDATE "BroadcastBatch" SET "preparedAt" = ${now}
      WHERE "id" = ${batch.id}::uuid AND "lockedUntil" = ${batch.lockedUntil} AND "status" = 'PENDING'
      RETURNING "id"
    ), skipped AS (
      UPDATE "BroadcastRecipient" AS recipient SET "status" = 'SKIPPED', "error" = skip."reason"
      FROM unnest(${[...reasons.keys()]}::uuid[], ${[...reasons.values()]}::text[]) AS skip("signatureId", "reason"), prepared
      WHERE recipient."broadcastId" = ${batch.broadcastId}::uuid AND recipient."signatureId" = skip."signatureId"
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM prepared)::int AS "prepared"`;
  if (!outcome || outcome.prepared === 0) return null;
  return recipients.filter((recipient) => !reasons.has(recipient.signatureId));
}
