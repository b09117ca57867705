import "server-only";
import type { Db } from "../db";

/** Everything the edit page shows of a campaign (its team's view: status, moderator's reason). */
export async function getCampaignForEditing({ db, campaignId }: { db: Db; campaignId: string }) {
  return db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      slug: true,
      title: true,
      target: true,
      summary: true,
      story: true,
      goal: true,
      closesAt: true,
      language: true,
      hashtag: true,
      shareText: true,
      imageUrl: true,
      imageAlt: true,
      status: true,
      moderationReason: true,
      victoryMessage: true,
      submittedAt: true,
      publishedAt: true,
      endedAt: true,
      updatedAt: true,
    },
  });
}

export type CampaignForEditing = NonNullable<Awaited<ReturnType<typeof getCampaignForEditing>>>;
