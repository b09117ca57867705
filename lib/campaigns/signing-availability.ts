import type { CampaignStatus } from "../generated/prisma/enums";

export type SigningAvailability = "OPEN" | "CLOSED" | "NOT_PUBLIC";

/** Statuses whose page and count anyone may see. */
export const PUBLIC_CAMPAIGN_STATUSES: CampaignStatus[] = ["PUBLISHED", "CLOSED", "WON"];

/**
 * Whether a signature made at `signedAt` may be confirmed now: while the campaign is open,
 * and after its deadline too when it was made before it (the last-hour surge). A campaign
 * closed by hand stops confirmations at once. confirm-signature.ts applies the same rule in SQL.
 */
export function confirmationAvailability(
  campaign: { status: CampaignStatus; closesAt: Date | null },
  signedAt: Date,
  now: Date,
): SigningAvailability {
  const atNow = signingAvailability(campaign, now);
  if (atNow !== "CLOSED" || campaign.status !== "PUBLISHED") return atNow;
  return signingAvailability(campaign, signedAt);
}

export function signingAvailability(
  campaign: { status: CampaignStatus; closesAt: Date | null },
  now: Date,
): SigningAvailability {
  if (!PUBLIC_CAMPAIGN_STATUSES.includes(campaign.status)) return "NOT_PUBLIC";
  if (campaign.status !== "PUBLISHED") return "CLOSED";
  if (campaign.closesAt && campaign.closesAt.getTime() <= now.getTime()) return "CLOSED";
  return "OPEN";
}
