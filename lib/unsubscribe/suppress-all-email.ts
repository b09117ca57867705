import type { Db, DbTx } from "../db";
import type { SuppressionReason } from "../generated/prisma/enums";
import { recipientKey } from "../email/recipient-key";

export type SuppressAllEmailResult = { ok: true; reason: SuppressionReason };

/**
 * No more campaign email to this inbox from this site, for the given reason. Keyed by
 * recipientKey (a keyed hash of the normalized address), so the table never holds an
 * address. A bounce or complaint outranks the person's own "stop all" (which they may
 * undo by re-subscribing; a bounce or complaint only an operator clears), so an upsert
 * raises UNSUBSCRIBED_ALL to BOUNCED/COMPLAINED and never lowers them. One statement;
 * repeats change nothing. Returns the reason now on record.
 */
export async function suppressAllEmail(
  db: Db | DbTx,
  options: { secret: string; address: string; reason: SuppressionReason; now?: Date },
): Promise<SuppressAllEmailResult> {
  const key = recipientKey(options.secret, options.address);
  const now = options.now ?? new Date();
  const [row] = await db.$queryRaw<{ reason: SuppressionReason }[]>`
    INSERT INTO "EmailSuppression" ("addressKey", "reason", "createdAt")
    VALUES (${key}, ${options.reason}::"SuppressionReason", ${now})
    ON CONFLICT ("addressKey") DO UPDATE SET "reason" = EXCLUDED."reason", "createdAt" = EXCLUDED."createdAt"
      WHERE "EmailSuppression"."reason" = 'UNSUBSCRIBED_ALL' AND EXCLUDED."reason" <> 'UNSUBSCRIBED_ALL'
    RETURNING "reason"`;
  if (row) return { ok: true, reason: row.reason };
  // The conflict left the stronger reason in place.
  const kept = await db.emailSuppression.findUniqueOrThrow({ where: { addressKey: key }, select: { reason: true } });
  return { ok: true, reason: kept.reason };
}
