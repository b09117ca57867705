import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * A signer's unsubscribe link: the signature id and a keyed MAC of it, so the link works
 * without cookies or sign-in, names no address, and cannot be made for someone else's
 * signature or altered into one. It does not expire: a years-old email must still stop
 * the mail it came with.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOKEN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{22})$/;

function macFor(secret: string, signatureId: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${signatureId}`).digest("base64url").slice(0, 22);
}

export function unsubscribeTokenFor(secret: string, signatureId: string): string {
  if (!UUID.test(signatureId)) throw new Error("not a signature id");
  return `${signatureId.replaceAll("-", "")}.${macFor(secret, signatureId)}`;
}

/** The signature id a token was made for, or null when it is malformed, forged or altered. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, hex = "", mac = ""] = match;
  const signatureId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expected = Buffer.from(macFor(secret, signatureId));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? signatureId : null;
}

/** The page a person opens from the email's link (GET shows choices; POST is RFC 8058's one click). */
export function unsubscribePath(secret: string, signatureId: string): string {
  return `/unsubscribe/${unsubscribeTokenFor(secret, signatureId)}`;
}
