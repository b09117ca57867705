import { dateFromDeadline } from "@/lib/campaigns/campaign-input";

/** The campaign form's text fields, as the inputs hold them. */
export type CampaignFormValues = {
  title: string;
  target: string;
  summary: string;
  story: string;
  goal: string;
  closesAt: string;
  language: string;
  hashtag: string;
  shareText: string;
  slug: string;
  imageAlt: string;
};

/** The order the fields appear in, so the error summary lists problems the same way. */
export const CAMPAIGN_FIELD_ORDER = ["title", "target", "summary", "story", "image", "imageAlt", "goal", "closesAt", "language", "hashtag", "shareText", "slug"] as const;

/** What a new campaign's form starts with. */
export function emptyCampaignFormValues(language: string): CampaignFormValues {
  return { title: "", target: "", summary: "", story: "", goal: "", closesAt: "", language, hashtag: "", shareText: "", slug: "", imageAlt: "" };
}

/** A saved campaign as the form shows it. */
export function campaignFormValues(campaign: {
  title: string;
  target: string;
  summary: string;
  story: string;
  goal: number;
  closesAt: Date | null;
  language: string;
  hashtag: string | null;
  shareText: string | null;
  slug: string;
  imageAlt: string | null;
}): CampaignFormValues {
  return {
    title: campaign.title,
    target: campaign.target,
    summary: campaign.summary,
    story: campaign.story,
    goal: String(campaign.goal),
    closesAt: dateFromDeadline(campaign.closesAt),
    language: campaign.language,
    hashtag: campaign.hashtag ?? "",
    shareText: campaign.shareText ?? "",
    slug: campaign.slug,
    imageAlt: campaign.imageAlt ?? "",
  };
}
