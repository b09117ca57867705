import { describe, expect, it } from "vitest";
import {
  CLIENT_IP_HEADER,
  CLIENT_IP_SIGNATURE_HEADER,
  clientIp,
  hasUntrustedForwarding,
  isLoopbackAddress,
  normalizeAddress,
  resolveClientIp,
  signClientIp,
} from "./client-ip";
import { compileProxyTrust, NO_PROXY_TRUST } from "./proxy-trust";

const loadBalancer = compileProxyTrust("10.0.0.0/8");

describe("resolveClientIp", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientIp("10.0.0.1", "6.6.6.6", NO_PROXY_TRUST)).toBe("10.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientIp("203.0.113.50", "127.0.0.1", loadBalancer)).toBe("203.0.113.50");
    expect(resolveClientIp("::1", "6.6.6.6", loadBalancer)).toBe("::1");
  });

  it("takes the entry the trusted proxy appended, never what the client claimed before it", () => {
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 203.0.113.9", loadBalancer)).toBe("203.0.113.9");
  });

  it("walks on through proxies that are themselves trusted (CDN ranges, then the load balancer)", () => {
    const trust = compileProxyTrust("10.0.0.0/8, 198.51.100.0/24");
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 203.0.113.9, 198.51.100.20", trust)).toBe("203.0.113.9");
  });

  it("believes no more hops than TRUST_PROXY allows", () => {
    const trust = compileProxyTrust("10.0.0.0/8", 1);
    expect(resolveClientIp("10.0.0.1", "203.0.113.9, 10.0.0.7", trust)).toBe("10.0.0.7");
  });

  it("strips ports and brackets, and reads IPv6 and IPv4-mapped addresses", () => {
    expect(resolveClientIp("10.0.0.1", "203.0.113.9:5678", loadBalancer)).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.1", "[2001:DB8::1]:443", loadBalancer)).toBe("2001:db8::1");
    expect(resolveClientIp("10.0.0.1", "2001:db8::2", loadBalancer)).toBe("2001:db8::2");
    expect(resolveClientIp("::ffff:10.0.0.1", "203.0.113.9", loadBalancer)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:203.0.113.4", undefined, NO_PROXY_TRUST)).toBe("203.0.113.4");
  });

  it("leaves the client unknown at an entry that is not an address, never the proxy itself", () => {
    expect(resolveClientIp("10.0.0.1", "203.0.113.9, <script>", loadBalancer)).toBeNull();
    expect(resolveClientIp("10.0.0.1", "203.0.113.9, 10.0.0.2, unknown", loadBalancer)).toBeNull();
    expect(resolveClientIp("10.0.0.1", "999.1.1.1", loadBalancer)).toBeNull();
    expect(resolveClientIp("10.0.0.1", "garbage, 10.0.0.2", loadBalancer)).toBeNull();
    expect(resolveClientIp("10.0.0.1", "garbage, 203.0.113.9", loadBalancer)).toBe("203.0.113.9");
  });

  it("leaves the client unknown when a trusted proxy sent no header", () => {
    expect(resolveClientIp("10.0.0.1", undefined, loadBalancer)).toBeNull();
    expect(resolveClientIp("10.0.0.1", " , ", loadBalancer)).toBeNull();
    expect(resolveClientIp(undefined, undefined, NO_PROXY_TRUST)).toBeNull();
  });
});

describe("compileProxyTrust", () => {
  it("refuses an entry that is not an address or range", () => {
    expect(() => compileProxyTrust("10.0.0.0/8, proxy.example.org")).toThrow();
    expect(() => compileProxyTrust("10.0.0.0/33")).toThrow();
  });
});

describe("normalizeAddress", () => {
  it("accepts addresses only", () => {
    expect(normalizeAddress("1.2.3.4")).toBe("1.2.3.4");
    expect(normalizeAddress("[::1]")).toBe("::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("1.2.3")).toBeNull();
    expect(normalizeAddress("example.org:80")).toBeNull();
    expect(normalizeAddress("")).toBeNull();
  });
});

describe("hasUntrustedForwarding", () => {
  it("flags any forwarding header from a peer that is not a trusted proxy", () => {
    for (const name of ["x-forwarded-for", "forwarded", "x-real-ip", "via"]) {
      expect(hasUntrustedForwarding({ [name]: "x" }, "127.0.0.1", NO_PROXY_TRUST)).toBe(true);
      expect(hasUntrustedForwarding({ [name]: "x" }, "10.0.0.1", loadBalancer)).toBe(false);
    }
    expect(hasUntrustedForwarding({}, "127.0.0.1", NO_PROXY_TRUST)).toBe(false);
  });
});

describe("isLoopbackAddress", () => {
  it("knows this machine's addresses in every spelling", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ["10.0.0.1", "::", "0.0.0.0", "1270.0.0.1", null, undefined]) expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe("clientIp", () => {
  const secret = "unit-secret-unit-secret-unit-secret-unit";

  it("reads the address the Chorus server put on the request with its signature", () => {
    const headers = new Headers({ [CLIENT_IP_HEADER]: "198.51.100.1", [CLIENT_IP_SIGNATURE_HEADER]: signClientIp(secret, "198.51.100.1") });
    expect(clientIp(headers, secret)).toBe("198.51.100.1");
  });

  it("ignores an address a client sent itself (under `next start` no server overwrites it)", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.1" }), secret)).toBeNull();
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.1", [CLIENT_IP_SIGNATURE_HEADER]: "forged" }), secret)).toBeNull();
    const otherAddress = new Headers({ [CLIENT_IP_HEADER]: "198.51.100.2", [CLIENT_IP_SIGNATURE_HEADER]: signClientIp(secret, "198.51.100.1") });
    expect(clientIp(otherAddress, secret)).toBeNull();
    const otherSecret = new Headers({ [CLIENT_IP_HEADER]: "198.51.100.1", [CLIENT_IP_SIGNATURE_HEADER]: signClientIp(`${secret}x`, "198.51.100.1") });
    expect(clientIp(otherSecret, secret)).toBeNull();
    expect(clientIp(new Headers(), secret)).toBeNull();
  });
});
