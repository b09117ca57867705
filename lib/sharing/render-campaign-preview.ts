import type { Db } from "../db";
import { getPublicCampaign } from "../campaigns/get-public-campaign";
import { defaultLocale, isLocale, type Locale } from "../i18n/locales";
import { campaignPreviewCard } from "./campaign-preview-card";
import { renderPreviewPng, type PreviewAssets } from "./render-preview-png";

type Options = {
  db: Db;
  slug: string;
  /** The reader's language; without one, the campaign's own. */
  locale: Locale | null;
  assets: PreviewAssets;
  now?: Date;
};

/**
 * The link-preview PNG of a public campaign (published, closed or won) in the reader's
 * language, with its count as it is now; null when no public campaign has this slug.
 */
export async function renderCampaignPreview({ db, slug, locale, assets, now = new Date() }: Options): Promise<Buffer | null> {
  const campaign = await getPublicCampaign(db, slug, { language: locale ?? undefined, now });
  if (!campaign) return null;
  const { text, language } = campaign.localized;
  const card = campaignPreviewCard({
    locale: locale ?? (isLocale(campaign.language) ? campaign.language : defaultLocale),
    title: text.title,
    titleLanguage: language,
    target: text.target,
    signatureCount: campaign.signatureCount,
    goal: campaign.goal,
    goalIsFixed: campaign.goalIsFixed,
    state: campaign.availability === "OPEN" ? "OPEN" : campaign.status === "WON" ? "WON" : "CLOSED",
  });
  return renderPreviewPng(card, assets);
}
