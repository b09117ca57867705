import "server-only";
import type { Db } from "../db";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A campaign in any status as its public page would show it, for moderators; null when none. */
export async function getCampaignPreview({ db, campaignId }: { db: Db; campaignId: string }) {
  if (!UUID.test(campaignId)) return null;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      story: true,
      target: true,
      goal: true,
      language: true,
      imageUrl: true,
      imageAlt: true,
      closesAt: true,
      hashtag: true,
      status: true,
      moderationReason: true,
      submittedAt: true,
      owner: { select: { email: true } },
    },
  });
  if (!campaign) return null;
  const { owner, ...rest } = campaign;
  return { ...rest, ownerEmail: owner?.email ?? null };
}
