import "server-only";
import type { Db } from "../db";

/** One update of one campaign, for its organizers' edit page; null when not this campaign's. */
export async function getCampaignUpdate(db: Db, campaignId: string, updateId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(updateId)) return null;
  return db.campaignUpdate.findFirst({
    where: { id: updateId, campaignId },
    select: {
      id: true,
      kind: true,
      title: true,
      body: true,
      publishedAt: true,
      version: true,
      updatedAt: true,
      broadcast: { select: { id: true, status: true, recipientCount: true, pausedReason: true, startedAt: true, finishedAt: true } },
    },
  });
}
