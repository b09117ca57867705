import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { createLocalAllowance, localAllowanceFor } from "./local-allowance";

export type SignRateLimiter = {
  /** Resolves to the seconds to wait when over the limit, or null when the attempt may go ahead. */
  check(key: { ipKey: string | null }): Promise<number | null>;
};

type Limits = {
  perIpPerMinute: number;
  /** Attempts per address and minute this process counts alone first (see local-allowance.ts). */
  localAllowance?: number;
};

/**
 * Connections for the limiter's counters. Losing the last instants of a counter in a
 * crash is harmless, so these commits skip waiting for the disk flush: that keeps the
 * counter's write off the fsync path.
 */
export function createRateLimitPool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, max: 8, options: "-c synchronous_commit=off" });
}

/**
 * A per-address limit, stored in PostgreSQL so every process shares it. Generous on
 * purpose: many signers share one address (campus networks, mobile NAT).
 *
 * There is deliberately no limit per email address: anyone can type someone else's
 * address, so such a limit let a stranger lock the real person out of signing. What it
 * guarded against is handled elsewhere: one signature per email per campaign (unique
 * index), at most one re-sent confirmation per 10 minutes, and a cap per recipient on
 * the confirmation emails sent across campaigns.
 *
 * A first level in this process spares a normal signature the counter's round trip; the
 * shared counter still holds every process to the limit, give or take the local allowance.
 */
export function createSignRateLimiter(pool: pg.Pool, limits: Limits): SignRateLimiter {
  const perIp = new RateLimiterPostgres({
    storeClient: pool,
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "sign-ip",
    points: limits.perIpPerMinute,
    duration: 60,
    inMemoryBlockOnConsumed: limits.perIpPerMinute * 2,
    inMemoryBlockDuration: 60,
  });
  const local = createLocalAllowance({ allowance: limits.localAllowance ?? localAllowanceFor(limits.perIpPerMinute), windowMs: 60_000 });

  return {
    async check({ ipKey }) {
      if (!ipKey) return null;
      const points = local.charge(ipKey);
      if (points === 0) return null;
      try {
        await perIp.consume(ipKey, points);
        return null;
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      }
    },
  };
}
