import "server-only";
import { z } from "zod";
import type { Db } from "../db";
import { PUBLIC_CAMPAIGN_STATUSES } from "../campaigns/signing-availability";
import { enqueueEmail } from "../email/enqueue-email";
import { notifyOutbox } from "../email/outbox-signal";
import type { ReportRateLimiter } from "../security/report-rate-limiter";
import { reportFieldErrorsOf, reportInputSchema, type ReportFieldErrors } from "./report-input";

export type ReportCampaignResult =
  | { ok: true; reportId: string }
  | { ok: false; code: "VALIDATION_FAILED"; fields: ReportFieldErrors }
  | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; code: "CAMPAIGN_NOT_FOUND" };

type ReportCampaignOptions = {
  db: Db;
  campaignId: string;
  /** Untrusted, from the form. */
  reason: unknown;
  reporterEmail: unknown;
  /** The reporter's keyed address hash (hashIp), or null when unknown. */
  ipHash: string | null;
  /** Limits reports per address; every unknown address shares one budget. */
  limiter?: ReportRateLimiter;
};

/** The idempotency key of one moderator's email about one report. */
export const moderationReportEmailKey = (reportId: string, userId: string) => `moderation-report:${reportId}:${userId}`;

/**
 * Files a report about a public campaign and, in the same transaction, queues one email
 * (in English) to every moderator and admin: the report and its notifications are saved
 * together or not at all. Invalid input is refused before the rate limit counts it.
 */
export async function reportCampaign(options: ReportCampaignOptions): Promise<ReportCampaignResult> {
  const { db, campaignId, ipHash, limiter } = options;
  const parsed = reportInputSchema.safeParse({ reason: options.reason, reporterEmail: options.reporterEmail });
  if (!parsed.success) return { ok: false, code: "VALIDATION_FAILED", fields: reportFieldErrorsOf(parsed.error) };
  if (!z.uuid().safeParse(campaignId).success) return { ok: false, code: "CAMPAIGN_NOT_FOUND" };

  if (limiter) {
    const retryAfterSeconds = await limiter.check({ ipKey: ipHash ?? "unknown-client" });
    if (retryAfterSeconds !== null) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds };
  }

  const { reason, reporterEmail } = parsed.data;
  const outcome = await db.$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({
      where: { id: campaignId, status: { in: PUBLIC_CAMPAIGN_STATUSES } },
      select: { id: true, slug: true, title: true },
    });
    if (!campaign) return null;
    const report = await tx.campaignReport.create({
      data: { campaignId: campaign.id, reason, reporterEmail, ipHash },
      select: { id: true },
    });
    const moderators = await tx.user.findMany({ where: { role: { in: ["MODERATOR", "ADMIN"] } }, select: { id: true, email: true } });
    for (const moderator of moderators) {
      await enqueueEmail({
        tx,
        idempotencyKey: moderationReportEmailKey(report.id, moderator.id),
        to: moderator.email,
        locale: "en",
        payload: { kind: "moderation-report", reportId: report.id, campaignTitle: campaign.title, campaignSlug: campaign.slug, reason },
      });
    }
    return { reportId: report.id, emailed: moderators.length };
  });
  if (!outcome) return { ok: false, code: "CAMPAIGN_NOT_FOUND" };
  if (outcome.emailed > 0) notifyOutbox();
  return { ok: true, reportId: outcome.reportId };
}
