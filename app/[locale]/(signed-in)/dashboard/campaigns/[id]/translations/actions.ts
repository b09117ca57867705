"use server";

import { protectedAction } from "@/lib/auth/protected-action";
import { removeCampaignTranslation } from "@/lib/campaigns/translations/remove-campaign-translation";
import { saveCampaignTranslation } from "@/lib/campaigns/translations/save-campaign-translation";
import { translationRefusalMessage, translationsPathAfter } from "@/lib/campaigns/translations/translation-form-result";
import { removeTranslationFormSchema, translationFormSchema } from "@/lib/campaigns/translations/translation-input";
import { refreshPublicPages } from "@/lib/moderation/refresh-public-pages";

// The translation form's own messages first, then the campaign form's (the same limits, in the same words).
const MESSAGES = ["campaignTranslations", "startCampaign"] as const;

/** "Save translation": adds or changes the campaign's text in one language, unless someone saved it meanwhile. */
export const saveTranslationAction = protectedAction({
  access: "campaignOrganizer",
  schema: translationFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const { campaignId, language, version, ...fields } = input;
    const saved = await saveCampaignTranslation({ db, actorId: person.id, campaignId, language, fields, version });
    if (!saved.ok) return translationRefusalMessage(saved.code, "save");
    if (saved.affectsPublicPage) refreshPublicPages(saved.slug);
    const done = !saved.changed ? "unchanged" : fields.isDraft ? "saved" : "published";
    return { ok: true, redirectTo: translationsPathAfter(campaignId, done, language) };
  },
});

/** "Yes, remove the translation": the second step of removing one. */
export const removeTranslationAction = protectedAction({
  access: "campaignOrganizer",
  schema: removeTranslationFormSchema,
  messages: MESSAGES,
  run: async ({ input, person, db }) => {
    const removed = await removeCampaignTranslation({ db, actorId: person.id, ...input });
    if (!removed.ok) return translationRefusalMessage(removed.code, "remove");
    if (removed.affectsPublicPage) refreshPublicPages(removed.slug);
    return { ok: true, redirectTo: translationsPathAfter(input.campaignId, "removed", input.language) };
  },
});
