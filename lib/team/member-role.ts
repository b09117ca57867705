import type { DbTx } from "../db";

/**
 * The person's role on the campaign's team, read inside the caller's transaction with the
 * row locked, so a change to the team is decided on the team as it stands at commit.
 */
export async function memberRole(tx: DbTx, campaignId: string, userId: string): Promise<"OWNER" | "ORGANIZER" | null> {
  const rows = await tx.$queryRaw<{ role: "OWNER" | "ORGANIZER" }[]>`
    SELECT role FROM "CampaignMember" WHERE "campaignId" = ${campaignId}::uuid AND "userId" = ${userId}::uuid FOR SHARE`;
  return rows[0]?.role ?? null;
}
