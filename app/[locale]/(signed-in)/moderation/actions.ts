"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { approveCampaign } from "@/lib/moderation/approve-campaign";
import { campaignDecisionSchema, reasonedDecisionSchema, reportDecisionSchema } from "@/lib/moderation/moderation-form-schemas";
import { refreshPublicPages } from "@/lib/moderation/refresh-public-pages";
import { rejectCampaign } from "@/lib/moderation/reject-campaign";
import { resolveReport } from "@/lib/moderation/resolve-report";
import { unpublishCampaign } from "@/lib/moderation/unpublish-campaign";

// Each decision ends on the moderation page with a message saying what happened; the
// decided item has left its list by then.
const done = (what: string) => `/moderation?done=${what}`;

export const approveCampaignAction = protectedAction({
  access: "moderator",
  schema: campaignDecisionSchema,
  messages: "moderation",
  run: async ({ input, person, db }) => {
    const result = await approveCampaign({ db, moderatorId: person.id, campaignId: input.campaignId });
    if (!result.ok) return result;
    refreshPublicPages(result.campaign.slug);
    return { ok: true, redirectTo: done("approved") };
  },
});

export const rejectCampaignAction = protectedAction({
  access: "moderator",
  schema: reasonedDecisionSchema,
  messages: "moderation",
  run: async ({ input, person, db }) => {
    const result = await rejectCampaign({ db, moderatorId: person.id, campaignId: input.campaignId, reason: input.reason });
    return result.ok ? { ok: true, redirectTo: done("rejected") } : result;
  },
});

export const unpublishCampaignAction = protectedAction({
  access: "moderator",
  schema: reasonedDecisionSchema,
  messages: "moderation",
  run: async ({ input, person, db }) => {
    const result = await unpublishCampaign({ db, moderatorId: person.id, campaignId: input.campaignId, reason: input.reason });
    if (!result.ok) return result;
    refreshPublicPages(result.campaign.slug);
    return { ok: true, redirectTo: done("unpublished") };
  },
});

export const resolveReportAction = protectedAction({
  access: "moderator",
  schema: reportDecisionSchema,
  messages: "moderation",
  run: async ({ input, person, db }) => {
    const unpublishReason = input.outcome === "ACTIONED" && input.unpublish ? (input.reason ?? "") : null;
    const result =
      input.outcome === "DISMISSED"
        ? await resolveReport({ db, moderatorId: person.id, reportId: input.reportId, outcome: "DISMISSED" })
        : await resolveReport({ db, moderatorId: person.id, reportId: input.reportId, outcome: "ACTIONED", unpublishReason });
    if (!result.ok) return result;
    if (unpublishReason) refreshPublicPages(result.campaign.slug);
    return { ok: true, redirectTo: done(input.outcome === "DISMISSED" ? "dismissed" : unpublishReason ? "actionedUnpublished" : "actioned") };
  },
});
