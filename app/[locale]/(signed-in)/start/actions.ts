"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { campaignFormSchema } from "@/lib/campaigns/campaign-input";
import { saveCampaignFromForm } from "@/lib/campaigns/save-campaign-from-form";
import { CAMPAIGN_FORM_MESSAGES } from "@/lib/campaigns/campaign-form-messages";
import { getFileStorage } from "@/lib/storage/process-file-storage";

/** "Save draft" or "Submit for review" on /start: a new campaign, its creator its owner. */
export const createCampaignAction = protectedAction({
  access: "signedIn",
  schema: campaignFormSchema,
  messages: CAMPAIGN_FORM_MESSAGES,
  run: ({ input, person, db, formData }) =>
    saveCampaignFromForm({ db, storage: getFileStorage(), person, input, image: formData.get("image") }),
});
