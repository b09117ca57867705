import type { DbTx } from "../db";

export type LockedUpdate = {
  id: string;
  campaignId: string;
  kind: string;
  title: string;
  body: string;
  publishedAt: Date | null;
  version: number;
  /** Whether its email send has started (an UpdateBroadcast exists): its text is then final. */
  emailed: boolean;
  slug: string;
  campaignStatus: string;
};

/**
 * Locks one update of one campaign for a change: edits, publishing and deleting of the
 * same update wait for each other here, so the version check after it cannot race. An
 * update of another campaign is not found (the organizer's right is on the campaign).
 */
export async function lockCampaignUpdate(tx: DbTx, campaignId: string, updateId: string): Promise<LockedUpdate | null> {
  const [row] = await tx.$queryRaw<LockedUpdate[]>`
    SELECT u."id"::text, u."campaignId"::text, u."kind"::text, u."title", u."body", u."publishedAt", u."version",
      EXISTS (SELECT 1 FROM "UpdateBroadcast" b WHERE b."updateId" = u."id") AS "emailed",
      c."slug", c."status"::text AS "campaignStatus"
    FROM "CampaignUpdate" u JOIN "Campaign" c ON c."id" = u."campaignId"
    WHERE u."id" = ${updateId}::uuid AND u."campaignId" = ${campaignId}::uuid
    FOR UPDATE OF u`;
  return row ?? null;
}
