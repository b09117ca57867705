import "server-only";
import { PUBLIC_CAMPAIGN_STATUSES } from "../campaigns/signing-availability";
import type { Db } from "../db";

/** Public campaigns (live, closed or won), the most recently published first, for moderators to unpublish if need be. */
export async function listLiveCampaigns({ db, limit = 50 }: { db: Db; limit?: number }) {
  const [campaigns, total] = await Promise.all([
    db.campaign.findMany({
      where: { status: { in: PUBLIC_CAMPAIGN_STATUSES } },
      select: { id: true, slug: true, title: true, publishedAt: true, owner: { select: { email: true } } },
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: limit,
    }),
    db.campaign.count({ where: { status: { in: PUBLIC_CAMPAIGN_STATUSES } } }),
  ]);
  return { campaigns: campaigns.map(({ owner, ...campaign }) => ({ ...campaign, ownerEmail: owner?.email ?? null })), total };
}
