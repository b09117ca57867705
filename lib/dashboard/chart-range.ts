/** How the dashboard's chart groups signatures; a day unless the link asks for hours. */
export type ChartGranularity = "hour" | "day";

export const CHART_HOURS = 72;
export const CHART_MIN_DAYS = 14;
/** Daily buckets at most (about five and a half years), well inside what the statistics query allows. */
export const CHART_MAX_DAYS = 2000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export function parseGranularity(value: string | string[] | undefined): ChartGranularity {
  return value === "hour" ? "hour" : "day";
}

/**
 * The chart's first instant. By the hour: the last three days (a launch, a news spike). By
 * the day: since the campaign began, but at least two weeks, so a young campaign's line has
 * a shape, and at most CHART_MAX_DAYS.
 */
export function chartSince(granularity: ChartGranularity, campaignCreatedAt: Date, now: Date): Date {
  if (granularity === "hour") return new Date(now.getTime() - (CHART_HOURS - 1) * HOUR_MS);
  const atLeast = now.getTime() - (CHART_MIN_DAYS - 1) * DAY_MS;
  const atMost = now.getTime() - (CHART_MAX_DAYS - 1) * DAY_MS;
  return new Date(Math.max(Math.min(campaignCreatedAt.getTime(), atLeast), atMost));
}
