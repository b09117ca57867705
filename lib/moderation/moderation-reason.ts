import { z } from "zod";

export const REASON_MIN_LENGTH = 10;
export const REASON_MAX_LENGTH = 2000;

/**
 * Why a moderator rejected or unpublished a campaign: the organizer reads it by email and
 * on their dashboard, so it must say something. Its messages are keys in "moderation".
 */
export const moderationReasonSchema = z
  .string({ error: "reasonRequired" })
  .trim()
  .min(REASON_MIN_LENGTH, { error: "reasonTooShort" })
  .max(REASON_MAX_LENGTH, { error: "reasonTooLong" });

/** The reason trimmed, or null when it is too short or too long. */
export function validReason(reason: string): string | null {
  const parsed = moderationReasonSchema.safeParse(reason);
  return parsed.success ? parsed.data : null;
}
