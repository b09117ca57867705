import "server-only";
import type { Db } from "../db";
import { getSignatureCounts } from "../signatures/signature-count";

/** The campaigns a person owns or co-organizes, newest first, with their confirmed counts. */
export async function listMyCampaigns({ db, personId }: { db: Db; personId: string }) {
  const memberships = await db.campaignMember.findMany({
    where: { userId: personId },
    select: {
      role: true,
      campaign: { select: { id: true, slug: true, title: true, status: true, goal: true, closesAt: true, updatedAt: true } },
    },
    orderBy: { campaign: { updatedAt: "desc" } },
  });
  const counts = await getSignatureCounts(db, memberships.map((m) => m.campaign.id));
  return memberships.map(({ role, campaign }) => ({ ...campaign, role, confirmed: counts.get(campaign.id) ?? 0 }));
}
