import type { Db } from "../db";

export type PublishedUpdate = { id: string; kind: string; title: string; body: string; publishedAt: Date };

/**
 * A public campaign's timeline, newest first: published updates only, and nothing about
 * who wrote or received them.
 */
export async function listPublishedUpdates(db: Db, campaignId: string, limit = 20): Promise<PublishedUpdate[]> {
  const rows = await db.campaignUpdate.findMany({
    where: { campaignId, publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    take: limit,
    select: { id: true, kind: true, title: true, body: true, publishedAt: true },
  });
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}
