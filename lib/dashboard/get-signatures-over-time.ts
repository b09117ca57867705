import "server-only";
import type { Db } from "../db";

export type Granularity = "hour" | "day";
/** `start` is the bucket's first instant, ISO 8601 in UTC. */
export type SignatureBucket = { start: string; confirmed: number; pending: number };
export type SignaturesOverTimeResult =
  | { ok: true; buckets: SignatureBucket[] }
  | { ok: false; code: "INVALID_SINCE" | "RANGE_TOO_LONG" };

/** About 90 days by the hour, 8 years by the day: enough for a chart, bounded for the database. */
export const MAX_BUCKETS = 2200;
const BUCKET_MS: Record<Granularity, number> = { hour: 3_600_000, day: 86_400_000 };

/**
 * Signatures created in each hour or day (UTC) from `since`'s bucket to `until`'s, split
 * into those confirmed by now and those still pending; buckets without any are included
 * with zeros, so a chart's time axis has no gaps.
 */
export async function getSignaturesOverTime({
  db,
  campaignId,
  granularity,
  since,
  until = new Date(),
}: {
  db: Db;
  campaignId: string;
  granularity: Granularity;
  since: Date;
  until?: Date;
}): Promise<SignaturesOverTimeResult> {
  if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime())) return { ok: false, code: "INVALID_SINCE" };
  if ((until.getTime() - since.getTime()) / BUCKET_MS[granularity] > MAX_BUCKETS) return { ok: false, code: "RANGE_TOO_LONG" };
  const step = `1 ${granularity}`;
  // Buckets are UTC wall times (timestamp without zone), formatted here: the result does
  // not depend on the session's TimeZone.
  const buckets = await db.$queryRaw<SignatureBucket[]>`
    WITH span AS (
      SELECT date_trunc(${granularity}, ${since}::timestamptz AT TIME ZONE 'UTC') AS first,
             date_trunc(${granularity}, ${until}::timestamptz AT TIME ZONE 'UTC') AS last
    ), counts AS (
      SELECT date_trunc(${granularity}, s."createdAt" AT TIME ZONE 'UTC') AS bucket,
             count(*) FILTER (WHERE s.status = 'CONFIRMED')::int AS confirmed,
             count(*) FILTER (WHERE s.status = 'PENDING')::int AS pending
      FROM "Signature" s, span
      WHERE s."campaignId" = ${campaignId}::uuid
        AND s.status IN ('CONFIRMED', 'PENDING')
        AND s."createdAt" >= span.first AT TIME ZONE 'UTC'
        AND s."createdAt" < (span.last + ${step}::interval) AT TIME ZONE 'UTC'
      GROUP BY 1
    )
    SELECT to_char(series.bucket, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS start,
           coalesce(counts.confirmed, 0) AS confirmed,
           coalesce(counts.pending, 0) AS pending
    FROM span, generate_series(span.first, span.last, ${step}::interval) AS series(bucket)
    LEFT JOIN counts ON counts.bucket = series.bucket
    ORDER BY series.bucket`;
  return { ok: true, buckets };
}
