import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin-request";

const appUrl = "https://chorus.example";

describe("isSameOriginRequest", () => {
  it("believes the browser's Sec-Fetch-Site when it is sent", () => {
    expect(isSameOriginRequest({ "sec-fetch-site": "same-origin" }, appUrl)).toBe(true);
    for (const site of ["same-site", "cross-site", "none"]) {
      // Even with the right Origin: the browser said where the request came from.
      expect(isSameOriginRequest({ "sec-fetch-site": site, origin: appUrl }, appUrl)).toBe(false);
    }
  });

  it("without it, needs the site's own Origin", () => {
    expect(isSameOriginRequest({ origin: appUrl }, appUrl)).toBe(true);
    expect(isSameOriginRequest({ origin: "https://evil.example" }, appUrl)).toBe(false);
    expect(isSameOriginRequest({ origin: "https://chorus.example.evil.example" }, appUrl)).toBe(false);
    expect(isSameOriginRequest({ origin: "null" }, appUrl)).toBe(false);
    expect(isSameOriginRequest({}, appUrl)).toBe(false);
  });
});
