import { describe, expect, it } from "vitest";
import { campaignBadge, CLOSING_SOON_MS } from "./campaign-badge";

const now = new Date("2026-12-01T12:00:00Z");
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

describe("campaignBadge", () => {
  it("is open without a deadline or with one more than three days away", () => {
    expect(campaignBadge({ status: "PUBLISHED", closesAt: null }, now)).toBe("open");
    expect(campaignBadge({ status: "PUBLISHED", closesAt: at(CLOSING_SOON_MS + 1) }, now)).toBe("open");
  });

  it("is closing soon within three days of the deadline", () => {
    expect(campaignBadge({ status: "PUBLISHED", closesAt: at(CLOSING_SOON_MS) }, now)).toBe("closingSoon");
    expect(campaignBadge({ status: "PUBLISHED", closesAt: at(1) }, now)).toBe("closingSoon");
  });

  it("is closed once the deadline has passed, even before the deadline job ran", () => {
    expect(campaignBadge({ status: "PUBLISHED", closesAt: now }, now)).toBe("closed");
    expect(campaignBadge({ status: "CLOSED", closesAt: null }, now)).toBe("closed");
  });

  it("is won when the campaign won, whatever its deadline", () => {
    expect(campaignBadge({ status: "WON", closesAt: at(-1000) }, now)).toBe("won");
  });
});
