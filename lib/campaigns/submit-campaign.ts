import "server-only";
import type { Db, DbTx } from "../db";
import { recordAudit } from "../audit/record-audit";
import { enqueueEmail } from "../email/enqueue-email";
import { notifyOutbox } from "../email/outbox-signal";
import { isLocale } from "../i18n/locales";
import { SUBMITTABLE_STATUSES } from "./campaign-lifecycle";
import { transitionCampaignStatus } from "./transition-campaign-status";

type SubmitCampaignOptions = {
  db: Db;
  campaignId: string;
  /** The organizer submitting: if they are trusted, the campaign is published at once. */
  actorId: string;
  now?: Date;
};

export type SubmitCampaignResult =
  | { ok: true; status: "IN_REVIEW" | "PUBLISHED"; slug: string }
  | { ok: false; code: "NOT_FOUND" | "ALREADY_SUBMITTED" | "NOT_SUBMITTABLE" };

/** Where the moderators' notice leads: the review queue. */
export const MODERATION_PATH = "/moderation";

/**
 * Sends a draft or rejected campaign for review, or publishes it at once when the person
 * is trusted. A conditional UPDATE makes the change, so of two submits at once one
 * applies. In the same transaction: the audit row and, for a review, one notice to every
 * moderator and admin, keyed by campaign, submission time and moderator, so the outbox
 * holds each notice of a submission once.
 */
export async function submitCampaign({ db, campaignId, actorId, now = new Date() }: SubmitCampaignOptions): Promise<SubmitCampaignResult> {
  const result = await db.$transaction(async (tx): Promise<SubmitCampaignResult> => {
    const actor = await tx.user.findUnique({ where: { id: actorId }, select: { trusted: true } });
    const current = await tx.campaign.findUnique({ where: { id: campaignId }, select: { moderationReason: true } });
    // A moderator's rejection or takedown is never overruled without a review, even by a trusted organizer.
    const status = actor?.trusted && !current?.moderationReason ? "PUBLISHED" : "IN_REVIEW";
    const transition = await transitionCampaignStatus({
      tx,
      campaignId,
      from: SUBMITTABLE_STATUSES,
      data: { status, submittedAt: now, ...(status === "PUBLISHED" ? { publishedAt: now, clearModerationReason: true } : {}) },
    });
    if (!transition.ok) {
      if (!transition.current) return { ok: false, code: "NOT_FOUND" };
      return { ok: false, code: transition.current === "IN_REVIEW" ? "ALREADY_SUBMITTED" : "NOT_SUBMITTABLE" };
    }
    const { campaign } = transition;
    await recordAudit(tx, {
      actorId,
      action: status === "PUBLISHED" ? "campaign.published" : "campaign.submitted",
      campaignId,
      before: { status: transition.before },
      after: {
        status,
        submittedAt: now.toISOString(),
        ...(status === "PUBLISHED" ? { publishedAt: now.toISOString(), reason: "trusted organizer" } : {}),
      },
    });
    if (status === "IN_REVIEW") await noticeModerators(tx, campaign, now);
    return { ok: true, status, slug: campaign.slug };
  });
  if (result.ok && result.status === "IN_REVIEW") notifyOutbox();
  return result;
}

async function noticeModerators(tx: DbTx, campaign: { id: string; title: string; language: string }, submittedAt: Date) {
  const moderators = await tx.user.findMany({ where: { role: { in: ["MODERATOR", "ADMIN"] } }, select: { id: true, email: true } });
  for (const moderator of moderators) {
    await enqueueEmail({
      tx,
      idempotencyKey: `campaign-submitted:${campaign.id}:${submittedAt.getTime()}:${moderator.id}`,
      to: moderator.email,
      // Reviewing a campaign takes reading its language (people have no language setting yet).
      locale: isLocale(campaign.language) ? campaign.language : "en",
      payload: { kind: "notice", template: "organizerEmail.submitted", params: { title: campaign.title }, path: MODERATION_PATH },
    });
  }
}
