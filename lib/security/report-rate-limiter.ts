import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type ReportRateLimiter = {
  /** Resolves to the seconds to wait when over the limit, or null when the report may go ahead. */
  check(key: { ipKey: string }): Promise<number | null>;
};

/** Reports one address may file per hour, across all campaigns. */
export const REPORTS_PER_IP_PER_HOUR = 5;

/**
 * A per-address limit on "Report this campaign", stored in PostgreSQL (the sign limiter's
 * table, under its own prefix) so every process shares it. Each report emails every
 * moderator, so the limit is far tighter than signing's.
 */
export function createReportRateLimiter(pool: pg.Pool, perIpPerHour = REPORTS_PER_IP_PER_HOUR): ReportRateLimiter {
  const perIp = new RateLimiterPostgres({
    storeClient: pool,
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "report-ip",
    points: perIpPerHour,
    duration: 60 * 60,
  });

  return {
    async check({ ipKey }) {
      try {
        await perIp.consume(ipKey);
        return null;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      }
    },
  };
}
