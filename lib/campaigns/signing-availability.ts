import type { CampaignStatus } from "../generated/prisma/enums";

export type SigningAvailability = "OPEN" | "CLOSED" | "NOT_PUBLIC";

/** Statuses whose page and count anyone may see. */
export const PUBLIC_CAMPAIGN_STATUSES: CampaignStatus[] = ["PUBLISHED", "CLOSED", "WON"];

export function signingAvailability(
  campaign: { status: CampaignStatus; closesAt: Date | null },
  now: Date,
): SigningAvailability {
  if (!PUBLIC_CAMPAIGN_STATUSES.includes(campaign.status)) return "NOT_PUBLIC";
  if (campaign.status !== "PUBLISHED") return "CLOSED";
  if (campaign.closesAt && campaign.closesAt.getTime() <= now.getTime()) return "CLOSED";
  return "OPEN";
}
