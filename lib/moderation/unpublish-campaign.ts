import "server-only";
import type { Db, DbTx } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import { PUBLIC_CAMPAIGN_STATUSES } from "../campaigns/signing-availability";
import { decideCampaign } from "./decide-campaign";
import { validReason } from "./moderation-reason";
import { reasonInvalid, type ModerationResult } from "./moderation-result";

type UnpublishOptions = { moderatorId: string; campaignId: string; reason: string; now: Date };

/** The unpublish step inside a caller's transaction (resolving a report uses it too). */
export function unpublishInTransaction(tx: DbTx, { moderatorId, campaignId, reason, now }: UnpublishOptions): Promise<ModerationResult> {
  return decideCampaign(tx, {
    moderatorId,
    campaignId,
    // Closed and won campaigns are public too: their pages can be taken down as well.
    from: PUBLIC_CAMPAIGN_STATUSES,
    to: "REJECTED",
    action: "campaign.unpublished",
    reason,
    notice: { template: "moderationEmail.unpublished", path: ({ id }) => `/dashboard/campaigns/${id}/edit` },
    now,
  });
}

/**
 * Live → rejected: the public page and count go away at once (signatures are kept), and the
 * owner is emailed the reason.
 */
export async function unpublishCampaign({
  db,
  moderatorId,
  campaignId,
  reason,
  now = new Date(),
}: Omit<UnpublishOptions, "now"> & { db: Db; now?: Date }): Promise<ModerationResult> {
  const trimmed = validReason(reason);
  if (!trimmed) return reasonInvalid;
  const result = await db.$transaction((tx) => unpublishInTransaction(tx, { moderatorId, campaignId, reason: trimmed, now }));
  if (result.ok) notifyOutbox();
  return result;
}
