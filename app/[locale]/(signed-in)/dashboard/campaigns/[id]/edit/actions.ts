"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { closeCampaign } from "@/lib/campaigns/close-campaign";
import { campaignFormSchema, campaignIdFormSchema, markWonFormSchema } from "@/lib/campaigns/campaign-input";
import { CAMPAIGN_FORM_MESSAGES } from "@/lib/campaigns/campaign-form-messages";
import { markCampaignWon } from "@/lib/campaigns/mark-campaign-won";
import { editPathAfter, saveCampaignFromForm } from "@/lib/campaigns/save-campaign-from-form";
import { refreshPublicPages } from "@/lib/moderation/refresh-public-pages";
import { getFileStorage } from "@/lib/storage/process-file-storage";

/** The edit form: save the changes, and submit them for review when that button was pressed. */
export const updateCampaignAction = protectedAction({
  access: "campaignOrganizer",
  schema: campaignFormSchema,
  messages: CAMPAIGN_FORM_MESSAGES,
  run: ({ input, person, db, formData }) =>
    saveCampaignFromForm({ db, storage: getFileStorage(), person, input, image: formData.get("image"), campaignId: input.campaignId }),
});

export const closeCampaignAction = protectedAction({
  access: "campaignOrganizer",
  schema: campaignIdFormSchema,
  messages: "lifecycle",
  run: async ({ input, person, db }) => {
    const closed = await closeCampaign({ db, campaignId: input.campaignId, actorId: person.id });
    if (!closed.ok) return { ok: false, code: closed.code === "NOT_OPEN" ? "notOpen" : "notFound" };
    refreshPublicPages(closed.slug);
    return { ok: true, redirectTo: editPathAfter(input.campaignId, "closed") };
  },
});

export const markCampaignWonAction = protectedAction({
  access: "campaignOrganizer",
  schema: markWonFormSchema,
  messages: "lifecycle",
  run: async ({ input, person, db }) => {
    const won = await markCampaignWon({ db, campaignId: input.campaignId, actorId: person.id, victoryMessage: input.victoryMessage });
    if (!won.ok) {
      if (won.code === "VICTORY_MESSAGE_INVALID") return { ok: false, code: "victoryRequired", field: "victoryMessage" };
      return { ok: false, code: won.code === "NOT_WINNABLE" ? "notWinnable" : "notFound" };
    }
    refreshPublicPages(won.slug);
    return { ok: true, redirectTo: editPathAfter(input.campaignId, "won") };
  },
});
