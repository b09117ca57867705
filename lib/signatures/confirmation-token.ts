import { createHash, createHmac } from "node:crypto";

export const CONFIRMATION_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The token is derived from the signature id with the app secret, so a re-sent email
 * carries the same link as the first one while only its hash is stored.
 */
export function confirmationTokenFor(secret: string, signatureId: string): string {
  return createHmac("sha256", secret).update(`confirm:${signatureId}`).digest("base64url");
}

export function hashConfirmationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeConfirmationToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
