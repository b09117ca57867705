/**
 * The header the Chorus server sets on every request it hands on, holding the caller's
 * address as it determined it. Whatever a client sends under this name is overwritten.
 */
export const CLIENT_IP_HEADER = "x-chorus-client-ip";

/**
 * The caller's address: the socket's peer, or, behind `trustedProxies` proxies that each
 * append the address they saw to X-Forwarded-For, the entry the outermost one appended
 * (with a CDN and a load balancer: 2, the second entry from the right). Entries further
 * left are whatever the client claimed and are never trusted.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number) {
  if (trustedProxies > 0) {
    const entries = (forwardedFor ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const client = entries[entries.length - trustedProxies] ?? entries[0];
    if (client) return client;
  }
  return socketAddress ?? null;
}

/** The address the server determined, for code that only sees headers (server actions). */
export function clientIp(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER);
}
