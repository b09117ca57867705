import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the entry the server itself added (the last) when no proxy is trusted", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.1" }), false)).toBe("10.0.0.1");
  });

  it("takes the entry before the trusted proxy's", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" }), true)).toBe("203.0.113.9");
  });

  it("returns null without any address", () => {
    expect(clientIp(new Headers(), false)).toBeNull();
  });
});
