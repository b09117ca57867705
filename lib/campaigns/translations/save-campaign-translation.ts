import "server-only";
import type { Db, DbTx } from "../../db";
import type { CampaignStatus } from "../../generated/prisma/enums";
import { isLocale } from "../../i18n/locales";
import { recordAudit } from "../../audit/record-audit";
import { campaignAuditValues } from "../campaign-audit-values";
import { editableFields } from "../campaign-lifecycle";
import type { TranslationFields } from "./translation-input";

const TRANSLATION_FIELDS = ["title", "summary", "story", "target", "shareText", "imageAlt", "isDraft"] as const;

type SaveCampaignTranslationOptions = {
  db: Db;
  actorId: string;
  campaignId: string;
  language: string;
  fields: TranslationFields;
  /** The version the organizer's form was loaded at; 0 when the translation did not exist. */
  version: number;
};

export type TranslationRefusal = {
  ok: false;
  code: "NOT_FOUND" | "NOT_EDITABLE" | "LANGUAGE_NOT_CONFIGURED" | "SOURCE_LANGUAGE" | "STALE";
};

export type SaveCampaignTranslationResult =
  | {
      ok: true;
      /** Whether anything changed; an identical save writes nothing. */
      changed: boolean;
      /** The public page shows (or showed) this text: the caller refreshes it. */
      affectsPublicPage: boolean;
      slug: string;
      version: number;
    }
  | TranslationRefusal;

type LockedCampaign = { slug: string; status: CampaignStatus; language: string };

/**
 * Locks the campaign row, then checks what every change to a translation needs: the campaign
 * can still be edited (a draft, a rejected or a live campaign), the language is configured
 * and is not the campaign's own. Saves and removals of the same campaign's translations
 * wait for each other here, so the version check below them cannot race.
 */
export async function lockCampaignForTranslation(
  tx: DbTx,
  campaignId: string,
  language: string,
): Promise<LockedCampaign | TranslationRefusal> {
  if (!isLocale(language)) return { ok: false, code: "LANGUAGE_NOT_CONFIGURED" };
  const [campaign] = await tx.$queryRaw<(LockedCampaign & { publishedAt: Date | null })[]>`
    SELECT "slug", "status", "language", "publishedAt" FROM "Campaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
  if (!campaign) return { ok: false, code: "NOT_FOUND" };
  if (editableFields(campaign).length === 0) return { ok: false, code: "NOT_EDITABLE" };
  if (campaign.language === language) return { ok: false, code: "SOURCE_LANGUAGE" };
  return campaign;
}

export const affectsPublicPage = (status: CampaignStatus, ...drafts: (boolean | undefined)[]) =>
  status === "PUBLISHED" && drafts.some((isDraft) => isDraft === false);

/**
 * Adds or changes a campaign's text in one language, with an audit row of what changed,
 * in one transaction. A form loaded before someone else's save (its version is no longer
 * the stored one) is refused whole: nothing of it is written.
 */
export async function saveCampaignTranslation(options: SaveCampaignTranslationOptions): Promise<SaveCampaignTranslationResult> {
  const { db, actorId, campaignId, language, fields, version } = options;
  return db.$transaction(async (tx): Promise<SaveCampaignTranslationResult> => {
    const campaign = await lockCampaignForTranslation(tx, campaignId, language);
    if ("ok" in campaign) return campaign;
    const current = await tx.campaignTranslation.findUnique({ where: { campaignId_language: { campaignId, language } } });
    if ((current?.version ?? 0) !== version) return { ok: false, code: "STALE" };

    const changed = TRANSLATION_FIELDS.filter((field) => !current || current[field] !== fields[field]);
    const result = { ok: true as const, slug: campaign.slug };
    if (changed.length === 0) return { ...result, changed: false, affectsPublicPage: false, version };

    const saved = await tx.campaignTranslation.upsert({
      where: { campaignId_language: { campaignId, language } },
      create: { campaignId, language, ...fields, updatedById: actorId },
      update: { ...fields, version: { increment: 1 }, updatedById: actorId },
      select: { version: true },
    });
    await recordAudit(tx, {
      actorId,
      action: current ? "campaign.translation_updated" : "campaign.translation_added",
      campaignId,
      subject: language,
      before: current ? campaignAuditValues(current, changed) : null,
      after: campaignAuditValues(fields, changed),
    });
    return { ...result, changed: true, affectsPublicPage: affectsPublicPage(campaign.status, current?.isDraft, fields.isDraft), version: saved.version };
  });
}
