/**
 * The outbox idempotency key of a confirmation email: `signature-confirmation:<signature>:<ms>`,
 * where <ms> is when it was queued, the same instant the signature's confirmationSentAt
 * records. The sender reads that time back to tell a superseded email (prepareConfirmation).
 */
export const CONFIRMATION_EMAIL_KEY_PREFIX = "signature-confirmation";

export function confirmationEmailKey(signatureId: string, queuedAt: Date): string {
  return `${CONFIRMATION_EMAIL_KEY_PREFIX}:${signatureId}:${queuedAt.getTime()}`;
}

/** When the email was queued, or null for a key of another form. */
export function queuedAtOfConfirmationKey(key: string): Date | null {
  const ms = Number(key.split(":").at(-1));
  return Number.isFinite(ms) ? new Date(ms) : null;
}
