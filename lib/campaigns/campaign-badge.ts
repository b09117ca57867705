import type { CampaignStatus } from "../generated/prisma/enums";
import { signingAvailability } from "./signing-availability";

/** How long before its deadline a campaign is shown as closing soon. */
export const CLOSING_SOON_MS = 3 * 24 * 60 * 60 * 1000;

export type CampaignBadge = "open" | "closingSoon" | "won" | "closed";

/** The status a campaign's card shows: won, closed (by hand or by its deadline), closing soon, or open. */
export function campaignBadge(campaign: { status: CampaignStatus; closesAt: Date | null }, now: Date): CampaignBadge {
  if (campaign.status === "WON") return "won";
  if (signingAvailability(campaign, now) !== "OPEN") return "closed";
  if (campaign.closesAt && campaign.closesAt.getTime() - now.getTime() <= CLOSING_SOON_MS) return "closingSoon";
  return "open";
}
