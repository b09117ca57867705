import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { createRateLimitPool, createSignRateLimiter, type SignRateLimiter } from "../security/sign-rate-limiter";

const globalForServices = globalThis as unknown as { chorusSignLimiter?: SignRateLimiter };

/** The process-wide dependencies that routes and actions hand to domain functions. */
export function getServices() {
  const env = getEnv();
  globalForServices.chorusSignLimiter ??= createSignRateLimiter(createRateLimitPool(env.DATABASE_URL), {
    perIpPerMinute: env.RATE_LIMIT_SIGN_PER_IP_PER_MINUTE,
    perEmailPerHour: env.RATE_LIMIT_SIGN_PER_EMAIL_PER_HOUR,
  });
  return { env, db: getDb(), signLimiter: globalForServices.chorusSignLimiter };
}
