import { z } from "zod";
import { text } from "../campaigns/campaign-input";

// The rules of the update form, shared by the form (limits), its server actions and the
// domain functions: no server-only imports here. Messages are keys of the
// `campaignUpdates` namespace (then `startCampaign`, for forbiddenCharacters).

export const UPDATE_LIMITS = {
  title: { max: 150 },
  body: { max: 20_000 },
} as const;

export const UPDATE_KINDS = ["NEWS", "RESPONSE", "VICTORY", "SETBACK"] as const;
export type UpdateKindValue = (typeof UPDATE_KINDS)[number];

const message = (key: string) => ({ error: () => key });

/** What an update says, as the domain functions take it: an empty title or body is refused. */
export const updateFieldsSchema = z.object({
  kind: z.enum(UPDATE_KINDS, message("kindInvalid")),
  title: text("titleRequired")
    .refine((value) => value.length > 0, message("titleRequired"))
    .refine((value) => value.length <= UPDATE_LIMITS.title.max, message("titleTooLong")),
  body: text("bodyRequired", { multiline: true })
    .refine((value) => value.length > 0, message("bodyRequired"))
    .refine((value) => value.length <= UPDATE_LIMITS.body.max, message("bodyTooLong")),
});

export type UpdateFields = z.output<typeof updateFieldsSchema>;

/** The version the form was loaded at: a save from an older one is refused. */
const versionSchema = z
  .string()
  .regex(/^\d{1,9}$/, message("stale"))
  .transform(Number);

const uuid = z.uuid(message("notFound"));

export const createUpdateFormSchema = updateFieldsSchema.extend({ campaignId: z.string() });

export const editUpdateFormSchema = updateFieldsSchema.extend({ campaignId: z.string(), updateId: uuid, version: versionSchema });

/** Publish, unpublish, delete, send: the update and the version the organizer looked at. */
export const updateActionFormSchema = z.object({ campaignId: z.string(), updateId: uuid, version: versionSchema });

/** "Send me a test email": the update only; the address is the signed-in organizer's own. */
export const testUpdateFormSchema = z.object({ campaignId: z.string(), updateId: uuid });

/** Where an update goes: on the campaign page, to the consenting signers' inboxes, or both. */
export const SEND_CHOICES = ["publish", "email", "both"] as const;
export type SendChoice = (typeof SEND_CHOICES)[number];

export const sendUpdateFormSchema = updateActionFormSchema.extend({ choice: z.enum(SEND_CHOICES, message("choiceInvalid")) });
