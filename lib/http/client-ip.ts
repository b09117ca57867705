/**
 * The caller's address. `next start` puts the socket's address last in X-Forwarded-For;
 * behind a trusted proxy (TRUST_PROXY=1) the proxy's entry before it is the client.
 */
export function clientIp(headers: Headers, trustProxy: boolean): string | null {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return headers.get("x-real-ip");
  const index = trustProxy ? Math.max(0, forwarded.length - 2) : forwarded.length - 1;
  return forwarded[index] ?? null;
}
