/**
 * The problems a signature's field can have, as keys of the `validation` message catalogue.
 * Apart from the schema (and zod) so the browser's forms can check a code the API sends.
 */
export const VALIDATION_MESSAGE_KEYS = [
  "nameRequired",
  "nameTooLong",
  "nameInvalidCharacters",
  "emailInvalid",
  "emailTooLong",
  "countryInvalid",
  "postalCodeInvalid",
  "invalidCharacters",
  "invalid",
] as const;

export type ValidationMessageKey = (typeof VALIDATION_MESSAGE_KEYS)[number];

export function isValidationMessageKey(key: unknown): key is ValidationMessageKey {
  return (VALIDATION_MESSAGE_KEYS as readonly unknown[]).includes(key);
}
