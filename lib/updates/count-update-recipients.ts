import "server-only";
import type { Db } from "../db";

/**
 * How many people an email of the campaign's update would go to now, for the confirmation
 * step: confirmed signers who consented and have neither unsubscribed nor withdrawn (the
 * same rule as the snapshot startUpdateBroadcast takes when sending starts).
 */
export async function countUpdateRecipients(db: Db, campaignId: string): Promise<number> {
  return db.signature.count({
    where: { campaignId, status: "CONFIRMED", consentUpdates: true, unsubscribedAt: null, withdrawnAt: null },
  });
}
