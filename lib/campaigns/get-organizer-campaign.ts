import "server-only";
import type { Db } from "../db";

/** What a campaign's own dashboard shows about it; the caller has checked the person is on its team. */
export async function getOrganizerCampaign({ db, campaignId }: { db: Db; campaignId: string }) {
  return db.campaign.findUnique({
    where: { id: campaignId },
    select: { id: true, slug: true, title: true, status: true, goal: true, goalIsFixed: true, createdAt: true, language: true },
  });
}
