import type { DbTx } from "../db";
import type { CampaignStatus } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import { enqueueEmail } from "../email/enqueue-email";
import { isLocale } from "../i18n/locales";
import type { ModerationResult } from "./moderation-result";

export type CampaignDecision = {
  moderatorId: string;
  campaignId: string;
  /** The status (or statuses) the decision applies to; it applies only while the campaign still has one. */
  from: CampaignStatus | readonly CampaignStatus[];
  to: CampaignStatus;
  action: "campaign.approved" | "campaign.rejected" | "campaign.unpublished";
  /** Shown to the organizer; null for an approval. */
  reason: string | null;
  /** The owner's email: a template in "moderationEmail" and where its button leads. */
  notice: { template: string; path: (campaign: { id: string; slug: string }) => string };
  now: Date;
};

/**
 * One moderation decision inside the caller's transaction: a conditional UPDATE (`where
 * status = from`), so of two moderators deciding at once exactly one changes the row and the
 * other is told it was already decided; then the audit row and the owner's email.
 */
export async function decideCampaign(tx: DbTx, decision: CampaignDecision): Promise<ModerationResult> {
  const { campaignId, to, reason, now } = decision;
  const from: readonly CampaignStatus[] = typeof decision.from === "string" ? [decision.from] : decision.from;
  // The row lock orders two moderators deciding at once; the second then sees the new status.
  const [locked] = await tx.$queryRaw<{ status: CampaignStatus }[]>`
    SELECT "status" FROM "Campaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
  if (!locked) return { ok: false, code: "NOT_FOUND" };
  const changes = to === "PUBLISHED" ? { status: to, publishedAt: now, moderationReason: null } : { status: to, moderationReason: reason };
  const [campaign] = await tx.campaign.updateManyAndReturn({
    where: { id: campaignId, status: { in: [...from] } },
    data: changes,
    select: { id: true, slug: true, title: true, language: true, ownerId: true },
  });
  if (!campaign) {
    const exists = await tx.campaign.count({ where: { id: campaignId } });
    return { ok: false, code: exists ? "ALREADY_DECIDED" : "NOT_FOUND" };
  }

  await recordAudit(tx, {
    actorId: decision.moderatorId,
    action: decision.action,
    campaignId,
    before: { status: locked.status },
    after: to === "PUBLISHED" ? { status: to, publishedAt: now.toISOString() } : { status: to, moderationReason: reason },
  });

  const owner = campaign.ownerId ? await tx.user.findUnique({ where: { id: campaign.ownerId }, select: { email: true } }) : null;
  if (owner) {
    await enqueueEmail({
      tx,
      idempotencyKey: `${decision.action}:${campaignId}:${now.getTime()}`,
      to: owner.email,
      // Chorus keeps no language per person: the campaign's own language is the owner's best guess.
      locale: isLocale(campaign.language) ? campaign.language : "en",
      payload: {
        kind: "notice",
        template: decision.notice.template,
        params: reason ? { title: campaign.title, reason } : { title: campaign.title },
        path: decision.notice.path(campaign),
      },
    });
  }
  return { ok: true, campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title } };
}
