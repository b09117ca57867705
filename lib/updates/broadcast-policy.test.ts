import { describe, expect, it } from "vitest";
import { classifyFailure, parseRetryAfter } from "../email/resend-transport";
import { backoffMs, BROADCAST_GIVE_UP_AFTER_MS, DEFAULT_BATCH_LEASE_SECONDS, givesUp, retryDelayMs, sendTimeoutMs } from "./broadcast-policy";
import { listUnsubscribeHeaders } from "./unsubscribe-headers";

describe("the claim lease", () => {
  it("outlasts the slowest request by at least as long again, for any configured lease", () => {
    for (const lease of [2, 5, 60, DEFAULT_BATCH_LEASE_SECONDS, 3600]) {
      expect(sendTimeoutMs(lease)).toBeLessThanOrEqual((lease * 1000) / 2);
      expect(sendTimeoutMs(lease)).toBeGreaterThan(0);
    }
    expect(sendTimeoutMs(DEFAULT_BATCH_LEASE_SECONDS)).toBe(30_000);
  });
});

describe("retry policy", () => {
  it("backs off exponentially from 5 s, capped at 15 minutes", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(15 * 60_000);
  });

  it("waits as long as the provider's Retry-After says, within a second and an hour", () => {
    expect(retryDelayMs(1, 7_000)).toBe(7_000);
    expect(retryDelayMs(5, 2_000)).toBe(2_000);
    expect(retryDelayMs(1, 0)).toBe(1_000);
    expect(retryDelayMs(1, 10 * 60 * 60_000)).toBe(60 * 60_000);
    expect(retryDelayMs(3, null)).toBe(20_000);
  });

  it("gives up 48 hours after the broadcast started", () => {
    const start = new Date("2026-11-30T00:00:00Z");
    expect(givesUp(start, new Date(start.getTime() + BROADCAST_GIVE_UP_AFTER_MS - 1))).toBe(false);
    expect(givesUp(start, new Date(start.getTime() + BROADCAST_GIVE_UP_AFTER_MS))).toBe(true);
  });

  it("reads Retry-After in seconds or as a date", () => {
    expect(parseRetryAfter("3")).toBe(3_000);
    expect(parseRetryAfter("0.5")).toBe(500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(undefined)).toBeNull();
    expect(parseRetryAfter("soon")).toBeNull();
  });

  it("retries what may pass, pauses on a refused key, and gives up on a refused request", () => {
    expect(classifyFailure(429, "rate_limit_exceeded")).toBe("retry");
    expect(classifyFailure(500, "internal_server_error")).toBe("retry");
    expect(classifyFailure(503, "application_error")).toBe("retry");
    expect(classifyFailure(null, "application_error")).toBe("retry");
    expect(classifyFailure(409, "concurrent_idempotent_requests")).toBe("retry");
    expect(classifyFailure(401, "missing_api_key")).toBe("unauthorized");
    expect(classifyFailure(403, "invalid_api_key")).toBe("unauthorized");
    expect(classifyFailure(409, "invalid_idempotent_request")).toBe("permanent");
    expect(classifyFailure(422, "validation_error")).toBe("permanent");
    expect(classifyFailure(400, "invalid_parameter")).toBe("permanent");
  });
});

describe("List-Unsubscribe headers", () => {
  it("offer RFC 8058's one-click URL, and the mailto only when configured", () => {
    expect(listUnsubscribeHeaders("https://chorus.example.org", "abc.DEF_-")).toEqual({
      "List-Unsubscribe": "<https://chorus.example.org/api/unsubscribe/abc.DEF_->",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(listUnsubscribeHeaders("https://chorus.example.org", "abc", "unsub@chorus.example.org")["List-Unsubscribe"]).toBe(
      "<https://chorus.example.org/api/unsubscribe/abc>, <mailto:unsub@chorus.example.org?subject=unsubscribe%20abc>",
    );
  });
});
