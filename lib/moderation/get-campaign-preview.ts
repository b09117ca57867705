import "server-only";
import { listCampaignTranslations } from "../campaigns/translations/list-campaign-translations";
import type { Db } from "../db";
import { isLocale, locales, type Locale } from "../i18n/locales";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A campaign in any status as its public page would show it, for moderators; null when none. */
export async function getCampaignPreview({ db, campaignId }: { db: Db; campaignId: string }) {
  if (!UUID.test(campaignId)) return null;
  const campaign = await db.campaign.findUnique({
    where: { id: campaignId },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      story: true,
      target: true,
      goal: true,
      language: true,
      imageUrl: true,
      imageAlt: true,
      shareText: true,
      closesAt: true,
      hashtag: true,
      status: true,
      moderationReason: true,
      submittedAt: true,
      owner: { select: { email: true } },
    },
  });
  if (!campaign) return null;
  const { owner, ...rest } = campaign;
  // Every language a reader could see, drafts included: a moderator reads them all before deciding.
  const translations = (await listCampaignTranslations(db, campaignId))
    .filter((translation) => isLocale(translation.language) && translation.language !== campaign.language)
    .sort((a, b) => locales.indexOf(a.language as Locale) - locales.indexOf(b.language as Locale));
  return { ...rest, ownerEmail: owner?.email ?? null, translations };
}
