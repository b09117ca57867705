/**
 * Length limits of the signer's fields, shared by the server's validation and the
 * browser's `maxLength`, so a form never lets a person type what the server refuses.
 */
export const SIGNATURE_LIMITS = {
  name: 200,
  email: 254,
  postalCode: 16,
} as const;
