/**
 * The header the Chorus server sets on every request it hands on, holding the caller's
 * address as it determined it. Whatever a client sends under this name is overwritten.
 */
export const CLIENT_IP_HEADER = "x-chorus-client-ip";

/**
 * The caller's address: the socket's peer, or, behind a trusted proxy (TRUST_PROXY=1),
 * the last X-Forwarded-For entry, which that proxy appended. Earlier entries are
 * whatever the client claimed and are never trusted.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: boolean) {
  if (trustProxy) {
    const entries = (forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (entries.length > 0) return entries[entries.length - 1]!;
  }
  return socketAddress ?? null;
}

/** The address the server determined, for code that only sees headers (server actions). */
export function clientIp(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER);
}
