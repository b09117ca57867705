import { dateFromDeadline, latestDeadline } from "@/lib/campaigns/campaign-input";

/** The days the deadline's date input offers: today to two years on (UTC, as the server checks). */
export function deadlineBounds(now = new Date()): { min: string; max: string } {
  return { min: dateFromDeadline(now), max: dateFromDeadline(latestDeadline(now)) };
}
