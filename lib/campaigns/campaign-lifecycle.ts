import type { CampaignStatus } from "../generated/prisma/enums";

// What an organizer may do with a campaign in each status: read by the domain functions
// (which enforce it with conditional updates) and by the edit page (which offers it).

/** Statuses whose every field, the slug included, an organizer may change. */
export const FULLY_EDITABLE_STATUSES: readonly CampaignStatus[] = ["DRAFT", "REJECTED"];

/**
 * What may change once a campaign is live: people have signed what it says and shared its
 * address, so never its slug (links would break) or its language.
 */
export const LIVE_EDITABLE_FIELDS = ["title", "target", "summary", "story", "goal", "closesAt", "hashtag", "shareText", "imageUrl", "imageAlt"] as const;

/** Every field an organizer edits. */
export const CAMPAIGN_EDITABLE_FIELDS = [...LIVE_EDITABLE_FIELDS, "slug", "language"] as const;
export type CampaignEditableField = (typeof CAMPAIGN_EDITABLE_FIELDS)[number];

/**
 * The fields an organizer may change: in a draft or a rejected campaign all of them, but
 * once a campaign has been public (a moderator may have unpublished it since) never its slug
 * or language again; in a live one the live set; in review or ended, none.
 */
export function editableFields(campaign: { status: CampaignStatus; publishedAt: Date | null }): readonly CampaignEditableField[] {
  if (campaign.status === "PUBLISHED") return LIVE_EDITABLE_FIELDS;
  if (!FULLY_EDITABLE_STATUSES.includes(campaign.status)) return [];
  return campaign.publishedAt ? LIVE_EDITABLE_FIELDS : CAMPAIGN_EDITABLE_FIELDS;
}

/** Sent for review (or published by a trusted organizer): drafts, and rejected campaigns once fixed. */
export const SUBMITTABLE_STATUSES: CampaignStatus[] = ["DRAFT", "REJECTED"];
/** Closed by hand: only a live campaign. */
export const CLOSABLE_STATUSES: CampaignStatus[] = ["PUBLISHED"];
/** Marked won: a live campaign, or one closed before the news came. */
export const WINNABLE_STATUSES: CampaignStatus[] = ["PUBLISHED", "CLOSED"];
