import type { CampaignFields } from "../lib/campaigns/campaign-input";

/** Valid campaign form fields, as campaignFieldsSchema outputs them. */
export function campaignFields(overrides: Partial<CampaignFields> = {}): CampaignFields {
  return {
    title: "Save the river park",
    target: "The City Council",
    summary: "Keep the river park green and open to everyone.",
    story: "The river park is the last green space in our neighbourhood. **Keep it open** for everyone.",
    goal: 1000,
    closesAt: null,
    language: "en",
    hashtag: null,
    shareText: null,
    slug: null,
    imageAlt: null,
    ...overrides,
  };
}
