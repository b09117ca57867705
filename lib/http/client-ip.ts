import { createHmac, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { getEnv } from "../env";
import type { ProxyTrust } from "./proxy-trust";

/**
 * The header the Chorus server sets on every request it hands on to Next.js, holding the
 * caller's address as it determined it, and beside it an HMAC of that address under the
 * app secret. A client can send either header, but without the secret it cannot make a
 * signature that verifies, so `clientIp` ignores it (also under `next start` directly).
 */
export const CLIENT_IP_HEADER = "x-chorus-client-ip";
export const CLIENT_IP_SIGNATURE_HEADER = "x-chorus-client-ip-signature";

/** Headers by which a proxy says whom it forwards for. */
export const FORWARDING_HEADERS = ["x-forwarded-for", "forwarded", "x-real-ip", "via"] as const;

/** An address as written in a header ("1.2.3.4:5678", "[::1]:80", "::1"), or null if it is none. */
export function normalizeAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw.trim().replace(/^"|"$/g, "");
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  // A zone index (fe80::1%eth0) names an interface of the proxy's host, not the client.
  value = value.replace(/%[\w.-]+$/, "");
  if (isIP(value) === 0) return null;
  return value.startsWith("::ffff:") && isIP(value.slice(7)) === 4 ? value.slice(7) : value.toLowerCase();
}

/**
 * The caller's address. X-Forwarded-For is read only when the socket's peer is a trusted
 * proxy; then it is walked from the right (each proxy appends the address it saw) while
 * the hop is itself a trusted proxy, up to `maxHops` entries. An entry that is not an
 * address, or no entry where a trusted hop should have added one, leaves the client unknown
 * (null): it is never taken to be the proxy itself.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trust: ProxyTrust): string | null {
  let client = normalizeAddress(socketAddress);
  if (!client) return null;
  const entries = (forwardedFor ?? "").split(",").filter((entry) => entry.trim() !== "");
  let hop = 0;
  for (; hop < trust.maxHops && trust.isTrusted(client); hop++) {
    // A trusted proxy that names no client, or names something that is not an address,
    // leaves the client unknown, never the proxy itself: a same-host proxy would otherwise
    // make its visitors "this machine". When every named hop is trusted, the first one is it.
    if (hop >= entries.length) return hop === 0 ? null : client;
    const next = normalizeAddress(entries[entries.length - 1 - hop]);
    if (!next) return null;
    client = next;
  }
  return client;
}

/** Whether the request names a forwarded-for client although its peer is not a trusted proxy. */
export function hasUntrustedForwarding(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined, trust: ProxyTrust): boolean {
  if (!FORWARDING_HEADERS.some((name) => headers[name] !== undefined)) return false;
  const peer = normalizeAddress(socketAddress);
  return !peer || !trust.isTrusted(peer);
}

export function isLoopbackAddress(address: string | null | undefined): boolean {
  const normalized = normalizeAddress(address ?? undefined);
  return normalized === "::1" || Boolean(normalized && isIP(normalized) === 4 && normalized.startsWith("127."));
}

export function signClientIp(secret: string, ip: string): string {
  return createHmac("sha256", secret).update(`client-ip:${ip}`).digest("base64url");
}

/**
 * The address the Chorus server determined, for code that only sees headers (server
 * actions, pages); null when the request did not come through the Chorus server.
 */
export function clientIp(headers: Headers, secret: string = getEnv().APP_SECRET): string | null {
  const ip = headers.get(CLIENT_IP_HEADER);
  const signature = headers.get(CLIENT_IP_SIGNATURE_HEADER);
  if (!ip || !signature) return null;
  const expected = Buffer.from(signClientIp(secret, ip));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? ip : null;
}
