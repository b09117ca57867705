import { createHash, timingSafeEqual } from "node:crypto";
import { isLoopbackAddress } from "../http/client-ip";

/** The cookie a visitor holds after opening the mailbox link with its key. */
export const DEV_MAILBOX_COOKIE = "chorus_dev_mailbox";

export type DevMailboxPolicy = {
  enabled: boolean;
  /** When set (the `npm start` local trial), the key printed in the console is also required. */
  key: string | null;
};

/** Equal without telling by its timing how much of the guess was right (lengths included). */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Whether a request may see the development mailbox, which shows every email sent and so
 * every confirmation link: only when it is on, only to this machine (the address Chorus
 * resolved), and, in the local trial, only to someone who has the key from the console.
 */
export function mayOpenDevMailbox(policy: DevMailboxPolicy, request: { clientIp: string | null; cookieKey: string | null }): boolean {
  if (!policy.enabled || !isLoopbackAddress(request.clientIp)) return false;
  return policy.key === null || sameSecret(request.cookieKey, policy.key);
}

/** A cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=") || null;
  }
  return null;
}
