import { getEnv } from "../env";
import { createReportRateLimiter, type ReportRateLimiter } from "./report-rate-limiter";
import { createRateLimitPool } from "./sign-rate-limiter";

const globalForLimiter = globalThis as unknown as { chorusReportLimiter?: ReportRateLimiter };

/** This process's report limiter. Its pool connects only when reports arrive. */
export function getReportLimiter(): ReportRateLimiter {
  globalForLimiter.chorusReportLimiter ??= createReportRateLimiter(createRateLimitPool(getEnv().DATABASE_URL));
  return globalForLimiter.chorusReportLimiter;
}
