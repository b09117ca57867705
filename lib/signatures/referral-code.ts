import { randomBytes } from "node:crypto";

/** Short, URL-safe and unguessable enough to be shared as `?ref=`. */
export function newReferralCode(): string {
  return randomBytes(9).toString("base64url");
}
