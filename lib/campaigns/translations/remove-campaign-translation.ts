import "server-only";
import type { Db } from "../../db";
import { recordAudit } from "../../audit/record-audit";
import { campaignAuditValues } from "../campaign-audit-values";
import { affectsPublicPage, lockCampaignForTranslation, type TranslationRefusal } from "./save-campaign-translation";

type RemoveCampaignTranslationOptions = {
  db: Db;
  actorId: string;
  campaignId: string;
  language: string;
  /** The version the organizer saw: a translation changed since is not removed unseen. */
  version: number;
};

export type RemoveCampaignTranslationResult = { ok: true; slug: string; affectsPublicPage: boolean } | TranslationRefusal;

/** Deletes a campaign's text in one language, keeping a copy of it in the audit row. */
export async function removeCampaignTranslation(options: RemoveCampaignTranslationOptions): Promise<RemoveCampaignTranslationResult> {
  const { db, actorId, campaignId, language, version } = options;
  return db.$transaction(async (tx): Promise<RemoveCampaignTranslationResult> => {
    const campaign = await lockCampaignForTranslation(tx, campaignId, language);
    if ("ok" in campaign) return campaign;
    const current = await tx.campaignTranslation.findUnique({ where: { campaignId_language: { campaignId, language } } });
    if (!current) return { ok: false, code: "NOT_FOUND" };
    if (current.version !== version) return { ok: false, code: "STALE" };
    await tx.campaignTranslation.delete({ where: { campaignId_language: { campaignId, language } } });
    await recordAudit(tx, {
      actorId,
      action: "campaign.translation_removed",
      campaignId,
      subject: language,
      before: campaignAuditValues(current, ["title", "summary", "story", "target", "shareText", "imageAlt", "isDraft"]),
    });
    return { ok: true, slug: campaign.slug, affectsPublicPage: affectsPublicPage(campaign.status, current.isDraft) };
  });
}
