import { createReportRateLimiter, type ReportRateLimiter } from "./report-rate-limiter";
import { getRateLimitPool } from "./process-rate-limit-pool";

const globalForLimiter = globalThis as unknown as { chorusReportLimiter?: ReportRateLimiter };

/** This process's report limiter. Its counters share the process's rate-limit pool. */
export function getReportLimiter(): ReportRateLimiter {
  globalForLimiter.chorusReportLimiter ??= createReportRateLimiter(getRateLimitPool());
  return globalForLimiter.chorusReportLimiter;
}
