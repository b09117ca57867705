import { effectiveGoal } from "../campaigns/effective-goal";
import type { PublicCampaign } from "../campaigns/get-public-campaign";
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/messages";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "./preview-layout";

/**
 * The address of a campaign's preview image in one language. `v` is the count when the
 * page was drawn: apps that keep images by address (chat apps' media proxies, Facebook)
 * fetch a new one once the count moved. The server ignores it: it is no way around the
 * render cache.
 */
export function previewImagePath(slug: string, locale: Locale, signatureCount?: number): string {
  const version = signatureCount === undefined ? "" : `&v=${signatureCount}`;
  return `/c/${encodeURIComponent(slug)}/og.png?lang=${locale}${version}`;
}

/** The page metadata's `openGraph.images` entry for the preview image, with a description of it. */
export function previewImageMetadata(campaign: PublicCampaign, locale: Locale) {
  const t = translatorFor(locale, "linkPreview");
  return {
    url: previewImagePath(campaign.slug, locale, campaign.signatureCount),
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    type: "image/png",
    alt: t("alt", {
      title: campaign.localized.text.title,
      count: campaign.signatureCount,
      goal: effectiveGoal(campaign.signatureCount, campaign.goal, campaign.goalIsFixed),
    }),
  };
}
