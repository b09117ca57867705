import type { Db } from "../db";
import type { SuppressionReason } from "../generated/prisma/enums";
import { recipientKey } from "../email/recipient-key";

/** Why this inbox gets no campaign email from this site (see suppressAllEmail), or null. */
export async function suppressionOf(db: Db, secret: string, address: string): Promise<SuppressionReason | null> {
  const row = await db.emailSuppression.findUnique({ where: { addressKey: recipientKey(secret, address) }, select: { reason: true } });
  return row?.reason ?? null;
}

/** True when this inbox must get no campaign email (unsubscribed from all, bounced or complained). */
export async function isSuppressed(db: Db, secret: string, address: string): Promise<boolean> {
  return (await suppressionOf(db, secret, address)) !== null;
}
