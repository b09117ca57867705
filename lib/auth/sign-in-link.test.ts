import { describe, expect, it } from "vitest";
import { safeCallbackPath, signInLinkPath } from "./sign-in-link";

describe("safeCallbackPath", () => {
  it.each([
    ["/start", "/start"],
    ["/dashboard/c/1?tab=team", "/dashboard/c/1?tab=team"],
    [undefined, "/dashboard"],
    ["https://evil.example/phish", "/dashboard"],
    ["//evil.example/x", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    ["/.//evil.example", "/dashboard"],
    ["/x/..//evil.example", "/dashboard"],
    ["javascript:alert(1)", "/dashboard"],
    ["/api/auth/signout", "/dashboard"],
    ["/sign-in/confirm?token=x", "/dashboard"],
  ])("%s becomes %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it("accepts an absolute URL on this site", () => {
    expect(safeCallbackPath("https://chorus.example/start", "https://chorus.example")).toBe("/start");
  });
});

describe("signInLinkPath", () => {
  it("leads to our confirm page with the token, the address and a safe return path", () => {
    const path = signInLinkPath({ token: "abc", email: "a+b@example.org", callbackUrl: "https://evil.example" });
    const url = new URL(path, "https://chorus.example");
    expect(url.pathname).toBe("/sign-in/confirm");
    expect(url.searchParams.get("token")).toBe("abc");
    expect(url.searchParams.get("email")).toBe("a+b@example.org");
    expect(url.searchParams.get("callbackUrl")).toBe("/dashboard");
  });
});
