/** The hidden field public forms name their campaign in (its slug, or its id for reports). */
export const CAMPAIGN_FIELD = "campaign";
