import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export type SignRateLimiter = {
  /** Resolves to the seconds to wait when over a limit, or null when the attempt may go ahead. */
  check(key: { ipKey: string | null; emailKey: string }): Promise<number | null>;
};

type Limits = { perIpPerMinute: number; perEmailPerHour: number };

/**
 * Connections for the limiter's counters. Losing the last instants of a counter in a
 * crash is harmless, so these commits skip waiting for the disk flush: that keeps two of
 * a signature's three writes off the fsync path.
 */
export function createRateLimitPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, max: 8, options: "-c synchronous_commit=off" });
}

/**
 * Per-address and per-email limits, stored in PostgreSQL so every process shares them.
 * Generous per address on purpose: many signers share one (campus networks, mobile NAT).
 */
export function createSignRateLimiter(pool: pg.Pool, limits: Limits): SignRateLimiter {
  const common = { storeClient: pool, tableName: "rate_limits", tableCreated: true };
  const perIp = new RateLimiterPostgres({
    ...common,
    keyPrefix: "sign-ip",
    points: limits.perIpPerMinute,
    duration: 60,
    inMemoryBlockOnConsumed: limits.perIpPerMinute * 2,
    inMemoryBlockDuration: 60,
  });
  const perEmail = new RateLimiterPostgres({
    ...common,
    keyPrefix: "sign-email",
    points: limits.perEmailPerHour,
    duration: 3600,
  });

  return {
    async check({ ipKey, emailKey }) {
      // Both counters in parallel: one round trip of waiting instead of two.
      const outcomes = await Promise.allSettled([
        ipKey ? perIp.consume(ipKey) : Promise.resolve(null),
        perEmail.consume(emailKey),
      ]);
      let waitMs = 0;
      for (const outcome of outcomes) {
        if (outcome.status === "fulfilled") continue;
        if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
        waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
      }
      return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : null;
    },
  };
}
