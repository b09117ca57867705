import { describe, expect, it } from "vitest";
import { requestCookie, setCookieHeader } from "./response-cookie";

describe("setCookieHeader", () => {
  it("writes the attributes Next.js writes for the same options", () => {
    const now = Date.UTC(2026, 10, 30, 12, 0, 0);
    expect(setCookieHeader("chorus_signed", "abc.def", { path: "/", maxAge: 60, sameSite: "lax", secure: true, httpOnly: true }, now)).toBe(
      "chorus_signed=abc.def; Path=/; Expires=Mon, 30 Nov 2026 12:01:00 GMT; Max-Age=60; Secure; HttpOnly; SameSite=lax",
    );
    expect(setCookieHeader("chorus_share_ref", "Ab_-9", { path: "/", maxAge: 3600, sameSite: "lax", secure: false }, now)).toBe(
      "chorus_share_ref=Ab_-9; Path=/; Expires=Mon, 30 Nov 2026 13:00:00 GMT; Max-Age=3600; SameSite=lax",
    );
  });

  it("refuses a value that would need encoding (or split the header)", () => {
    expect(() => setCookieHeader("a", "x; Domain=evil.example", { path: "/", maxAge: 1, sameSite: "lax", secure: false })).toThrow();
  });
});

describe("requestCookie", () => {
  it("finds one cookie among others", () => {
    expect(requestCookie("a=1; chorus_signed=p1.p2; b=2", "chorus_signed")).toBe("p1.p2");
    expect(requestCookie("xchorus_signed=1", "chorus_signed")).toBeUndefined();
    expect(requestCookie(undefined, "chorus_signed")).toBeUndefined();
  });
});
