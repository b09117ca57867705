import { z } from "zod";
import { locales } from "../i18n/locales";
import { containsForbiddenCharacters } from "../text/forbidden-characters";
import { campaignSlugSchema } from "./campaign-slug";

// The rules of the campaign form, shared by the form (limits, hints), its server actions and
// the domain functions: no server-only imports here. Messages are keys of the
// `startCampaign` namespace (slug messages: `campaignContent`, from campaign-slug.ts).

export const CAMPAIGN_LIMITS = {
  title: { min: 5, max: 120 },
  target: { min: 2, max: 200 },
  summary: { min: 20, max: 500 },
  story: { min: 50, max: 20_000 },
  goal: { min: 10, max: 10_000_000 },
  imageAlt: { max: 300 },
  shareText: { max: 200 },
  victoryMessage: { min: 10, max: 5_000 },
} as const;

/** A deadline may be at most this many years ahead. */
export const DEADLINE_MAX_YEARS = 2;
export const HASHTAG_PATTERN = /^[\p{L}\p{N}_]{1,50}$/u;

const message = (key: string) => ({ error: () => key });

/**
 * Trimmed, with a textarea's CRLF line ends made LF, so lengths count what is stored.
 * Control and invisible characters are refused (a NUL would make PostgreSQL fail the
 * request); line breaks and tabs are kept where a text may have them.
 */
export const text = (key: string, { multiline = false } = {}) =>
  z
    .string(message(key))
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .refine(
      (value) => !containsForbiddenCharacters(multiline ? value.replace(/[\n\t]/g, "") : value),
      message("forbiddenCharacters"),
    );

export function lengthChecked(field: "title" | "target" | "summary" | "story", prefix: string, multiline = false) {
  const { min, max } = CAMPAIGN_LIMITS[field];
  return text(`${prefix}Required`, { multiline }).pipe(
    z
      .string()
      .min(1, message(`${prefix}Required`))
      .min(min, message(`${prefix}TooShort`))
      .max(max, message(`${prefix}TooLong`)),
  );
}

/** "12,000" or "12 000" is twelve thousand; anything but a whole number is refused. */
const goalSchema = text("goalRequired")
  .pipe(z.string().min(1, message("goalRequired")))
  .transform((value) => value.replace(/[\s,]/g, ""))
  .pipe(z.string().regex(/^[-+]?\d+$/, message("goalNotWhole")))
  .transform(Number)
  .pipe(
    z
      .number()
      .min(CAMPAIGN_LIMITS.goal.min, message("goalTooLow"))
      .max(CAMPAIGN_LIMITS.goal.max, message("goalTooHigh")),
  );

/**
 * The last moment of a chosen day ("2026-05-01"): signing closes at the end of that day in
 * UTC, the time zone the site shows dates in, so the page says the date the organizer chose.
 */
export function deadlineFromDate(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T23:59:59.999Z`);
  // "2026-02-31" parses to March: refuse a day the calendar does not have.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : date;
}

/** The day a stored deadline falls on, for the date input ("" when there is none). */
export function dateFromDeadline(closesAt: Date | null): string {
  return closesAt ? closesAt.toISOString().slice(0, 10) : "";
}

/** The latest deadline taken: the end of the same day two years on. */
export function latestDeadline(now: Date): Date {
  const later = new Date(now);
  later.setUTCFullYear(later.getUTCFullYear() + DEADLINE_MAX_YEARS);
  return deadlineFromDate(dateFromDeadline(later))!;
}

/** Optional: empty is no deadline; otherwise a real day, not past, within two years. */
const deadlineSchema = text("deadlineInvalid")
  .transform((day, context) => {
    if (day === "") return null;
    const closesAt = deadlineFromDate(day);
    if (!closesAt) {
      context.addIssue({ code: "custom", message: "deadlineInvalid" });
      return z.NEVER;
    }
    const now = new Date();
    if (closesAt.getTime() <= now.getTime()) context.addIssue({ code: "custom", message: "deadlinePast" });
    else if (closesAt.getTime() > latestDeadline(now).getTime()) context.addIssue({ code: "custom", message: "deadlineTooFar" });
    return closesAt;
  });

/** Optional, without the '#' (one typed in front is dropped): letters, digits and underscores. */
const hashtagSchema = text("hashtagInvalid")
  .transform((value) => value.replace(/^#/, ""))
  .refine((value) => value === "" || HASHTAG_PATTERN.test(value), message("hashtagInvalid"))
  .transform((value) => value || null);

/** Empty: made from the title. */
const slugSchema = text("slugInvalid")
  .transform((value) => value || null)
  .pipe(campaignSlugSchema.nullable());

export const imageAltSchema = text("imageAltTooLong")
  .pipe(z.string().max(CAMPAIGN_LIMITS.imageAlt.max, message("imageAltTooLong")))
  .transform((value) => value || null);

/** Optional words offered with every share; the hashtag is added by the share buttons. */
export const shareTextSchema = text("shareTextInvalid")
  .pipe(z.string().max(CAMPAIGN_LIMITS.shareText.max, message("shareTextTooLong")))
  .transform((value) => value || null);

/** The campaign's own fields, as the domain functions take them. */
export const campaignFieldsSchema = z.object({
  title: lengthChecked("title", "title"),
  target: lengthChecked("target", "target"),
  summary: lengthChecked("summary", "summary", true),
  story: lengthChecked("story", "story", true),
  goal: goalSchema,
  closesAt: deadlineSchema.optional().transform((value) => value ?? null),
  language: z.enum(locales, message("languageInvalid")),
  hashtag: hashtagSchema.optional().transform((value) => value ?? null),
  shareText: shareTextSchema.optional().transform((value) => value ?? null),
  /** null: make one from the title. */
  slug: slugSchema.optional().transform((value) => value ?? null),
  imageAlt: imageAltSchema.optional().transform((value) => value ?? null),
});

export type CampaignFields = z.output<typeof campaignFieldsSchema>;

/** The campaign form: the fields, which button was pressed, and the form's own switches. */
export const campaignFormSchema = campaignFieldsSchema.extend({
  campaignId: z.string().optional(),
  /** "submit": save, then send for review (or publish, for a trusted organizer). */
  intent: z.enum(["save", "submit"]).catch("save"),
  /** "1" while the slug is the one the form suggested from the title: a taken one is numbered. */
  slugSuggested: z.string().optional().transform((value) => value === "1"),
  /** A checkbox: stop showing the current image. */
  removeImage: z.string().optional().transform((value) => value === "on"),
});

export type CampaignFormInput = z.output<typeof campaignFormSchema>;

export const victoryMessageSchema = text("victoryRequired", { multiline: true }).pipe(
  z
    .string()
    .min(1, message("victoryRequired"))
    .min(CAMPAIGN_LIMITS.victoryMessage.min, message("victoryTooShort"))
    .max(CAMPAIGN_LIMITS.victoryMessage.max, message("victoryTooLong")),
);

export const markWonFormSchema = z.object({ campaignId: z.string(), victoryMessage: victoryMessageSchema });
export const campaignIdFormSchema = z.object({ campaignId: z.string() });
