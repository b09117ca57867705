import type { Db } from "../db";
import type { PublishedUpdate } from "./list-published-updates";

/** One published update of a campaign, for its own page; null for drafts and other campaigns' ids. */
export async function findPublishedUpdate(db: Db, campaignId: string, updateId: string): Promise<PublishedUpdate | null> {
  if (!/^[0-9a-f-]{36}$/i.test(updateId)) return null;
  const row = await db.campaignUpdate.findFirst({
    where: { id: updateId, campaignId, publishedAt: { not: null } },
    select: { id: true, kind: true, title: true, body: true, publishedAt: true },
  });
  return row ? { ...row, publishedAt: row.publishedAt! } : null;
}
