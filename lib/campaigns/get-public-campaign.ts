import type { Db } from "../db";
import { getSignatureCount } from "../signatures/signature-count";
import { effectiveGoal } from "./effective-goal";
import { PUBLIC_CAMPAIGN_STATUSES, signingAvailability, type SigningAvailability } from "./signing-availability";
import { localizeCampaign, type LocalizedCampaign } from "./translations/localize-campaign";

const publicFields = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  story: true,
  target: true,
  goal: true,
  goalIsFixed: true,
  status: true,
  language: true,
  imageUrl: true,
  imageAlt: true,
  hashtag: true,
  shareText: true,
  closesAt: true,
  victoryMessage: true,
  createdAt: true,
  // The translations anyone may read, in the same query.
  translations: {
    where: { isDraft: false },
    select: { language: true, title: true, summary: true, story: true, target: true, shareText: true, imageAlt: true, isDraft: true },
  },
} as const;

type PublicCampaignRow = Awaited<ReturnType<typeof findPublicCampaign>>;
export type PublicCampaign = NonNullable<PublicCampaignRow> & {
  signatureCount: number;
  availability: SigningAvailability;
  /** Its words in the asked-for language, or its own language's when there are none. */
  localized: LocalizedCampaign;
};

/** The campaign row anyone may see (published, closed or won) with its published translations, without its count. */
export async function findPublicCampaign(db: Db, slug: string) {
  // A page's slug comes from its URL: a NUL (%00) there would make PostgreSQL fail the query.
  if (slug.includes("\0")) return null;
  return db.campaign.findFirst({
    where: { slug, status: { in: PUBLIC_CAMPAIGN_STATUSES } },
    select: publicFields,
  });
}

type GetPublicCampaignOptions = {
  /** The reader's language; the campaign's own is shown when it has no published translation in it. */
  language?: string;
  now?: Date;
};

/** A campaign as anyone may see it: published, closed or won; no signer data. */
export async function getPublicCampaign(db: Db, slug: string, options: GetPublicCampaignOptions = {}): Promise<PublicCampaign | null> {
  const campaign = await findPublicCampaign(db, slug);
  if (!campaign) return null;
  return toPublicCampaign(campaign, await getSignatureCount(db, campaign.id), options);
}

/** A found row and a count (from a query or from memory) as the public campaign. */
export function toPublicCampaign(
  campaign: NonNullable<PublicCampaignRow>,
  signatureCount: number,
  options: GetPublicCampaignOptions = {},
): PublicCampaign {
  return {
    ...campaign,
    signatureCount,
    availability: signingAvailability(campaign, options.now ?? new Date()),
    localized: localizeCampaign(campaign, campaign.translations, options.language ?? campaign.language),
  };
}

/** The public JSON shape of `GET /api/v1/campaigns/{slug}`. */
export function toCampaignJson(campaign: PublicCampaign, appUrl: string) {
  return {
    slug: campaign.slug,
    title: campaign.localized.text.title,
    summary: campaign.localized.text.summary,
    /** The language of the title and summary: the one asked for (`?lang=`), else the campaign's own. */
    language: campaign.localized.language,
    languages: campaign.localized.languages,
    status: campaign.availability === "OPEN" ? "open" : campaign.status === "WON" ? "won" : "closed",
    goal: effectiveGoal(campaign.signatureCount, campaign.goal, campaign.goalIsFixed),
    signatureCount: campaign.signatureCount,
    createdAt: campaign.createdAt.toISOString(),
    closesAt: campaign.closesAt?.toISOString() ?? null,
    url: new URL(`/c/${campaign.slug}`, appUrl).toString(),
  };
}
