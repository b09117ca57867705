import proxyAddr from "proxy-addr";

export type ProxyTrust = {
  /** Whether an address is one of the configured proxies (TRUSTED_PROXIES). */
  isTrusted: (address: string) => boolean;
  /** At most this many X-Forwarded-For entries are believed (TRUST_PROXY; Infinity: no cap). */
  maxHops: number;
};

/** No proxy is trusted: the socket's peer is the client. */
export const NO_PROXY_TRUST: ProxyTrust = { isTrusted: () => false, maxHops: 0 };

/**
 * Compiles TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/8, ::1", or proxy-addr's names
 * "loopback", "linklocal", "uniquelocal") into a matcher. Throws on an entry that is not
 * an address or range, so a typo stops the start instead of trusting nothing or everything.
 */
export function compileProxyTrust(list: string | undefined, maxHops = Infinity): ProxyTrust {
  const entries = (list ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return NO_PROXY_TRUST;
  const matcher = proxyAddr.compile(entries);
  return { isTrusted: (address) => matcher(address, 0), maxHops };
}
