import type { TranslationRefusal } from "./save-campaign-translation";
import { translationsPath } from "../organizer-paths";

/**
 * A refused save or removal as the translation form says it: message keys of the
 * `campaignTranslations` namespace, all about the whole form (the fields were fine).
 */
export function translationRefusalMessage(code: TranslationRefusal["code"], doing: "save" | "remove"): { ok: false; code: string } {
  const keys: Record<TranslationRefusal["code"], string> = {
    STALE: doing === "save" ? "stale" : "staleRemove",
    SOURCE_LANGUAGE: "sourceLanguage",
    LANGUAGE_NOT_CONFIGURED: "languageNotConfigured",
    NOT_EDITABLE: "notEditable",
    // The access check found the campaign, so for a removal the translation is what is gone.
    NOT_FOUND: doing === "save" ? "notFound" : "translationGone",
  };
  return { ok: false, code: keys[code] };
}

export const TRANSLATION_DONE = ["saved", "published", "unchanged", "removed"] as const;
export type TranslationDone = (typeof TRANSLATION_DONE)[number];

/** The translations list, telling the organizer what just happened to which language. */
export function translationsPathAfter(campaignId: string, done: TranslationDone, language: string): string {
  return `${translationsPath(campaignId)}?${new URLSearchParams({ done, language })}`;
}
