import { describe, expect, it } from "vitest";
import { CHART_MAX_DAYS, chartSince, parseGranularity } from "./chart-range";

const now = new Date("2026-05-20T15:30:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("chart range", () => {
  it("reads the granularity from the link, a day by default", () => {
    expect(parseGranularity("hour")).toBe("hour");
    expect(parseGranularity("day")).toBe("day");
    expect(parseGranularity(undefined)).toBe("day");
    expect(parseGranularity(["hour", "day"])).toBe("day");
    expect(parseGranularity("minute")).toBe("day");
  });

  it("by the hour: 72 hours ending now", () => {
    expect(chartSince("hour", daysAgo(100), now)).toEqual(new Date("2026-05-17T16:30:00Z"));
  });

  it("by the day: since the campaign began, at least 14 days, at most the cap", () => {
    expect(chartSince("day", daysAgo(40), now)).toEqual(daysAgo(40));
    expect(chartSince("day", daysAgo(1), now)).toEqual(daysAgo(13));
    expect(chartSince("day", daysAgo(5000), now)).toEqual(daysAgo(CHART_MAX_DAYS - 1));
  });
});
