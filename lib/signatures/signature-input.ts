import { z } from "zod";
import { isCountryCode } from "../i18n/countries";
import { locales } from "../i18n/locales";
import { SIGNATURE_LIMITS } from "./signature-limits";

// Messages are keys of the `validation` namespace, so the form, the action and the API
// report the same problem in the reader's language.
export type ValidationMessageKey =
  | "nameRequired"
  | "nameTooLong"
  | "emailInvalid"
  | "emailTooLong"
  | "countryInvalid"
  | "postalCodeInvalid"
  | "invalid";

const message = (key: ValidationMessageKey) => ({ error: () => key });

/** Lower-cased and trimmed, so "Ann@Example.org " and "ann@example.org" are one signer. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const signatureInputSchema = z.object({
  name: z
    .string(message("nameRequired"))
    .trim()
    .min(1, message("nameRequired"))
    .max(SIGNATURE_LIMITS.name, message("nameTooLong")),
  email: z
    .string(message("emailInvalid"))
    .trim()
    .max(SIGNATURE_LIMITS.email, message("emailTooLong"))
    .pipe(z.email(message("emailInvalid")))
    .transform(normalizeEmail),
  country: z
    .string(message("countryInvalid"))
    .trim()
    .toUpperCase()
    .refine(isCountryCode, message("countryInvalid")),
  postalCode: z
    .string(message("postalCodeInvalid"))
    .trim()
    .max(SIGNATURE_LIMITS.postalCode, message("postalCodeInvalid"))
    .regex(/^[\p{L}\p{N} -]*$/u, message("postalCodeInvalid"))
    .optional()
    .nullable()
    .transform((value) => (value ? value : null)),
  consentUpdates: z.boolean(message("invalid")).default(false),
  showPublicly: z.boolean(message("invalid")).default(false),
  locale: z.enum(locales, message("invalid")).optional(),
  referredBy: z
    .string(message("invalid"))
    .regex(/^[A-Za-z0-9_-]{4,32}$/, message("invalid"))
    .optional()
    .nullable(),
  source: z.string(message("invalid")).max(100, message("invalid")).optional().nullable(),
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
    fields[field as keyof SignatureInput] = isMessageKey(key) ? key : "invalid";
  }
  return fields;
}

function isMessageKey(key: string): key is ValidationMessageKey {
  return [
    "nameRequired",
    "nameTooLong",
    "emailInvalid",
    "emailTooLong",
    "countryInvalid",
    "postalCodeInvalid",
    "invalid",
  ].includes(key);
}
