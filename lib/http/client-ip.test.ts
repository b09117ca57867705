import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIp, resolveClientIp } from "./client-ip";

describe("resolveClientIp", () => {
  it("uses the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientIp("10.0.0.1", "6.6.6.6", 0)).toBe("10.0.0.1");
  });

  it("takes the entry the trusted proxy appended, never what the client claimed before it", () => {
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("behind a CDN and a load balancer, takes the address the CDN saw, not the CDN's own", () => {
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 203.0.113.9, 198.51.100.20", 2)).toBe("203.0.113.9");
  });

  it("falls back to the socket when a trusted proxy sent no header", () => {
    expect(resolveClientIp("10.0.0.1", undefined, 1)).toBe("10.0.0.1");
    expect(resolveClientIp(undefined, undefined, 0)).toBeNull();
  });
});

describe("clientIp", () => {
  it("reads the address the server put on the request", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.1" }))).toBe("198.51.100.1");
    expect(clientIp(new Headers())).toBeNull();
  });
});
