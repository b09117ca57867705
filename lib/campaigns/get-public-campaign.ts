import type { Db } from "../db";
import { getSignatureCount } from "../signatures/signature-count";
import { effectiveGoal } from "./effective-goal";
import { PUBLIC_CAMPAIGN_STATUSES, signingAvailability, type SigningAvailability } from "./signing-availability";

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
  closesAt: true,
  victoryMessage: true,
  createdAt: true,
} as const;

type PublicCampaignRow = Awaited<ReturnType<typeof findPublicCampaign>>;
export type PublicCampaign = NonNullable<PublicCampaignRow> & {
  signatureCount: number;
  availability: SigningAvailability;
};

/** The campaign row anyone may see (published, closed or won), without its count. */
export async function findPublicCampaign(db: Db, slug: string) {
  // A page's slug comes from its URL: a NUL (%00) there would make PostgreSQL fail the query.
  if (slug.includes("\0")) return null;
  return db.campaign.findFirst({
    where: { slug, status: { in: PUBLIC_CAMPAIGN_STATUSES } },
    select: publicFields,
  });
}

/** A campaign as anyone may see it: published, closed or won; no signer data. */
export async function getPublicCampaign(db: Db, slug: string, now = new Date()): Promise<PublicCampaign | null> {
  const campaign = await findPublicCampaign(db, slug);
  if (!campaign) return null;
  return {
    ...campaign,
    signatureCount: await getSignatureCount(db, campaign.id),
    availability: signingAvailability(campaign, now),
  };
}

/** The public JSON shape of `GET /api/v1/campaigns/{slug}`. */
export function toCampaignJson(campaign: PublicCampaign, appUrl: string) {
  return {
    slug: campaign.slug,
    title: campaign.title,
    status: campaign.availability === "OPEN" ? "open" : campaign.status === "WON" ? "won" : "closed",
    goal: effectiveGoal(campaign.signatureCount, campaign.goal, campaign.goalIsFixed),
    signatureCount: campaign.signatureCount,
    createdAt: campaign.createdAt.toISOString(),
    closesAt: campaign.closesAt?.toISOString() ?? null,
    url: new URL(`/c/${campaign.slug}`, appUrl).toString(),
  };
}
