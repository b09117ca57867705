import { z } from "zod";
import { locales } from "../../i18n/locales";
import { CAMPAIGN_LIMITS, imageAltSchema, lengthChecked, shareTextSchema, text } from "../campaign-input";

// The rules of the translation form, shared by the form (limits), its server actions and the
// domain functions. Messages are keys of the `campaignTranslations` namespace, then
// `startCampaign` (the same limits and wording as the campaign form).

const message = (key: string) => ({ error: () => key });

/** Optional in a translation: empty falls back to the source language's target. */
const optionalTargetSchema = text("targetTooShort")
  .refine((value) => value === "" || value.length >= CAMPAIGN_LIMITS.target.min, message("targetTooShort"))
  .refine((value) => value.length <= CAMPAIGN_LIMITS.target.max, message("targetTooLong"))
  .transform((value) => value || null);

/** A campaign's words in one language, as the domain functions take them. */
export const translationFieldsSchema = z.object({
  title: lengthChecked("title", "title"),
  summary: lengthChecked("summary", "summary", true),
  story: lengthChecked("story", "story", true),
  target: optionalTargetSchema.optional().transform((value) => value ?? null),
  shareText: shareTextSchema.optional().transform((value) => value ?? null),
  imageAlt: imageAltSchema.optional().transform((value) => value ?? null),
  /** A checkbox: keep it from the public page until someone has reviewed it. */
  isDraft: z
    .string()
    .optional()
    .transform((value) => value === "on"),
});

export type TranslationFields = z.output<typeof translationFieldsSchema>;

/** Only the configured languages: anything else is refused with its own message. */
export const translationLanguageSchema = z.enum(locales, message("languageNotConfigured"));

/**
 * The version the form was loaded at ("0": the translation did not exist). A save from an
 * older version is refused, so two organizers editing at once never overwrite each other.
 */
const versionSchema = z
  .string()
  .regex(/^\d{1,9}$/, message("staleForm"))
  .transform(Number);

export const translationFormSchema = translationFieldsSchema.extend({
  campaignId: z.string(),
  language: translationLanguageSchema,
  version: versionSchema,
});

export const removeTranslationFormSchema = z.object({
  campaignId: z.string(),
  language: translationLanguageSchema,
  version: versionSchema,
});

export type TranslationFormInput = z.output<typeof translationFormSchema>;
