import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "../env";
import { getRateLimitPool } from "../security/process-rate-limit-pool";

type Limiters = { perEmail: RateLimiterPostgres; perIp: RateLimiterPostgres };
const globalForLimiter = globalThis as unknown as { chorusSignInLimiters?: Limiters };

function limiters(): Limiters {
  if (!globalForLimiter.chorusSignInLimiters) {
    const env = getEnv();
    const common = { storeClient: getRateLimitPool(), tableName: "rate_limits", tableCreated: true, duration: 3600 };
    globalForLimiter.chorusSignInLimiters = {
      perEmail: new RateLimiterPostgres({ ...common, keyPrefix: "sign-in-email", points: env.RATE_LIMIT_SIGN_IN_PER_HOUR }),
      // An office or a campus shares one address: several people may sign in from it.
      perIp: new RateLimiterPostgres({ ...common, keyPrefix: "sign-in-ip", points: env.RATE_LIMIT_SIGN_IN_PER_HOUR * 4 }),
    };
  }
  return globalForLimiter.chorusSignInLimiters;
}

/**
 * Sign-in links asked for, per address and per client: resolves to the seconds to wait, or
 * null. A stranger who types someone's address can hold up that person's links for at most
 * an hour (the price of not letting anyone fill an inbox with them).
 */
export async function checkSignInLimit({ emailKey, ipKey }: { emailKey: string; ipKey: string | null }): Promise<number | null> {
  const { perEmail, perIp } = limiters();
  try {
    if (ipKey) await perIp.consume(ipKey);
    await perEmail.consume(emailKey);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
  }
}
