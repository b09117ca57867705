import { z } from "zod";
import { isCountryCode } from "../i18n/countries";
import { locales } from "../i18n/locales";
import { containsForbiddenCharacters } from "../text/forbidden-characters";
import { cleanAttributionTag, cleanReferralCode } from "../referrals/attribution";
import { normalizeEmail } from "./normalize-email";
import { SIGNATURE_LIMITS } from "./signature-limits";
import { isValidationMessageKey, type ValidationMessageKey } from "./validation-message-keys";

// Messages are keys of the `validation` namespace, so the form, the action and the API
// report the same problem in the reader's language.
export type { ValidationMessageKey } from "./validation-message-keys";

const message = (key: ValidationMessageKey) => ({ error: () => key });

/**
 * Every string field refuses control, bidi and invisible characters first (see
 * forbidden-characters.ts): a NUL would make PostgreSQL fail the request, the others let
 * a name hide or reorder what it shows. Whitespace at the ends is trimmed before, as usual.
 */
const text = (typeKey: ValidationMessageKey, charactersKey: ValidationMessageKey = "invalidCharacters") =>
  z
    .string(message(typeKey))
    .trim()
    .refine((value) => !containsForbiddenCharacters(value), { ...message(charactersKey), abort: true });

export { normalizeEmail };

export const signatureInputSchema = z.object({
  name: text("nameRequired", "nameInvalidCharacters")
    .min(1, message("nameRequired"))
    .max(SIGNATURE_LIMITS.name, message("nameTooLong")),
  email: text("emailInvalid")
    .max(SIGNATURE_LIMITS.email, message("emailTooLong"))
    .pipe(z.email(message("emailInvalid")))
    .transform(normalizeEmail),
  country: text("countryInvalid")
    .toUpperCase()
    .refine(isCountryCode, message("countryInvalid")),
  postalCode: text("postalCodeInvalid")
    .max(SIGNATURE_LIMITS.postalCode, message("postalCodeInvalid"))
    .regex(/^[\p{L}\p{N} -]*$/u, message("postalCodeInvalid"))
    .optional()
    .nullable()
    .transform((value) => (value ? value : null)),
  consentUpdates: z.boolean(message("invalid")).default(false),
  showPublicly: z.boolean(message("invalid")).default(false),
  locale: text("invalid").pipe(z.enum(locales, message("invalid"))).optional(),
  // Where the signer came from: a malformed value is dropped or cut, never a reason to lose
  // the signature (see attribution.ts). Control characters are refused like everywhere.
  referredBy: text("invalid").transform(cleanReferralCode).optional().nullable(),
  source: text("invalid").transform(cleanAttributionTag).optional().nullable(),
  utmSource: text("invalid").transform(cleanAttributionTag).optional().nullable(),
  utmMedium: text("invalid").transform(cleanAttributionTag).optional().nullable(),
  utmCampaign: text("invalid").transform(cleanAttributionTag).optional().nullable(),
  /** The honeypot: people leave it empty; whatever a bot puts there is never stored. */
  hp: text("invalid").optional().nullable(),
});

export type SignatureInput = z.infer<typeof signatureInputSchema>;
export type SignatureFieldErrors = Partial<Record<keyof SignatureInput, ValidationMessageKey>>;

/** The first problem of each field, as message keys. */
export function fieldErrorsOf(error: z.ZodError): SignatureFieldErrors {
  const fields: SignatureFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || field in fields) continue;
    const key = issue.message as ValidationMessageKey;
    fields[field as keyof SignatureInput] = isValidationMessageKey(key) ? key : "invalid";
  }
  return fields;
}
