import { z } from "zod";
import { signatureInputSchema } from "./signature-input";

/**
 * What the person who confirms decides, from the confirm page or the API. Name and country
 * follow the sign form's rules (picked from its schema, so a rule added there holds here);
 * left out, the submitted ones are kept. The two choices default to private and no consent:
 * whatever was ticked when signing is only a proposal, possibly made by someone else.
 */
export const confirmationChoicesSchema = signatureInputSchema
  .pick({ name: true, country: true, locale: true })
  .partial()
  .extend({
    showPublicly: z.boolean({ error: () => "invalid" }).default(false),
    consentUpdates: z.boolean({ error: () => "invalid" }).default(false),
  });

export type ConfirmationChoices = z.infer<typeof confirmationChoicesSchema>;

/** Nothing shown, nothing consented to, name and country as submitted. */
export const PRIVATE_CHOICES: ConfirmationChoices = { showPublicly: false, consentUpdates: false };
