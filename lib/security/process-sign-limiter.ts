import { getEnv } from "../env";
import { getRateLimitPool } from "./process-rate-limit-pool";
import { createSignRateLimiter, type SignRateLimiter } from "./sign-rate-limiter";

const globalForLimiter = globalThis as unknown as { chorusSignLimiter?: SignRateLimiter };

/** This process's sign limiter, shared by the form and the API. */
export function getSignLimiter(): SignRateLimiter {
  const env = getEnv();
  globalForLimiter.chorusSignLimiter ??= createSignRateLimiter(getRateLimitPool(), {
    perIpPerMinute: env.RATE_LIMIT_SIGN_PER_IP_PER_MINUTE,
  });
  return globalForLimiter.chorusSignLimiter;
}
