import "server-only";
import type { Db } from "../db";

export type CampaignTotals = { confirmed: number; pending: number; consenting: number };

/**
 * Counts from one snapshot, so consenting ≤ confirmed always holds on the page.
 * `consenting` counts confirmed signers only: a box ticked on an unconfirmed signature
 * was not necessarily ticked by the mailbox's owner.
 */
export async function getCampaignTotals({ db, campaignId }: { db: Db; campaignId: string }): Promise<CampaignTotals> {
  const [totals] = await db.$queryRaw<CampaignTotals[]>`
    SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
           count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE status = 'CONFIRMED' AND "consentUpdates")::int AS consenting
    FROM "Signature"
    WHERE "campaignId" = ${campaignId}::uuid AND status IN ('CONFIRMED', 'PENDING')`;
  return totals!;
}
