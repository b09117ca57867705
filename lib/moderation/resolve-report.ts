import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import { validReason } from "./moderation-reason";
import { reasonInvalid, type ModerationResult } from "./moderation-result";
import { transactionWithRollback } from "./rollback";
import { unpublishInTransaction } from "./unpublish-campaign";

type ResolveReportOptions = {
  db: Db;
  moderatorId: string;
  reportId: string;
  now?: Date;
} & (
  | { outcome: "DISMISSED" }
  /** With `unpublishReason`, the reported campaign is unpublished in the same transaction. */
  | { outcome: "ACTIONED"; unpublishReason?: string | null }
);

/**
 * Closes an open report as dismissed or actioned. Only an OPEN report changes (two moderators
 * at once: one wins); when the campaign is to be unpublished too and that cannot happen (it
 * is no longer live), the report stays open and nothing changes.
 */
export async function resolveReport(options: ResolveReportOptions): Promise<ModerationResult> {
  const { db, moderatorId, reportId, outcome, now = new Date() } = options;
  const unpublishReason = options.outcome === "ACTIONED" && options.unpublishReason ? validReason(options.unpublishReason) : null;
  if (options.outcome === "ACTIONED" && options.unpublishReason && !unpublishReason) return reasonInvalid;

  const result = await transactionWithRollback<ModerationResult>(db, async (tx, rollback) => {
    const [report] = await tx.campaignReport.updateManyAndReturn({
      where: { id: reportId, status: "OPEN" },
      data: { status: outcome, handledById: moderatorId, handledAt: now },
      select: { campaignId: true },
    });
    if (!report) {
      const exists = await tx.campaignReport.count({ where: { id: reportId } });
      return { ok: false, code: exists ? "ALREADY_DECIDED" : "NOT_FOUND" };
    }
    await recordAudit(tx, {
      actorId: moderatorId,
      action: outcome === "DISMISSED" ? "report.dismissed" : "report.actioned",
      campaignId: report.campaignId,
      subject: reportId,
      before: { status: "OPEN" },
      after: { status: outcome, unpublished: Boolean(unpublishReason) },
    });
    if (unpublishReason) {
      const unpublished = await unpublishInTransaction(tx, { moderatorId, campaignId: report.campaignId, reason: unpublishReason, now });
      if (!unpublished.ok) rollback({ ok: false, code: "CAMPAIGN_NOT_LIVE" });
      return unpublished;
    }
    const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: report.campaignId }, select: { id: true, slug: true, title: true } });
    return { ok: true, campaign };
  });
  if (result.ok && unpublishReason) notifyOutbox();
  return result;
}
