/** Where the campaign form's messages are: its own, then the slug and image rules'. */
export const CAMPAIGN_FORM_MESSAGES = ["startCampaign", "campaignContent"] as const;
