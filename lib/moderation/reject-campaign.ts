import "server-only";
import type { Db } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import { decideCampaign } from "./decide-campaign";
import { validReason } from "./moderation-reason";
import { reasonInvalid, type ModerationResult } from "./moderation-result";

type RejectCampaignOptions = { db: Db; moderatorId: string; campaignId: string; reason: string; now?: Date };

/** In review → rejected, with the moderator's reason, which the owner is emailed with a link to edit. */
export async function rejectCampaign({ db, moderatorId, campaignId, reason, now = new Date() }: RejectCampaignOptions): Promise<ModerationResult> {
  const trimmed = validReason(reason);
  if (!trimmed) return reasonInvalid;
  const result = await db.$transaction((tx) =>
    decideCampaign(tx, {
      moderatorId,
      campaignId,
      from: "IN_REVIEW",
      to: "REJECTED",
      action: "campaign.rejected",
      reason: trimmed,
      notice: { template: "moderationEmail.rejected", path: ({ id }) => `/dashboard/campaigns/${id}/edit` },
      now,
    }),
  );
  if (result.ok) notifyOutbox();
  return result;
}
