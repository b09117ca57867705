import "server-only";
import type { Db } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import { decideCampaign } from "./decide-campaign";
import type { ModerationResult } from "./moderation-result";

type ApproveCampaignOptions = { db: Db; moderatorId: string; campaignId: string; now?: Date };

/** In review → live: the campaign gets its public page and the owner an email linking to it. */
export async function approveCampaign({ db, moderatorId, campaignId, now = new Date() }: ApproveCampaignOptions): Promise<ModerationResult> {
  const result = await db.$transaction((tx) =>
    decideCampaign(tx, {
      moderatorId,
      campaignId,
      from: "IN_REVIEW",
      to: "PUBLISHED",
      action: "campaign.approved",
      reason: null,
      notice: { template: "moderationEmail.approved", path: ({ slug }) => `/c/${slug}` },
      now,
    }),
  );
  if (result.ok) notifyOutbox();
  return result;
}
