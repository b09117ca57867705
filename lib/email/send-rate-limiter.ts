import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Resend's default API rate limit per team (2 per second in older documentation, 5 in the
 * current "Usage limits" page). Raise EMAIL_MAX_REQUESTS_PER_SECOND when Resend raises yours.
 */
export const DEFAULT_MAX_REQUESTS_PER_SECOND = 5;

/** Waits for a turn to call the provider; shared by every worker process through PostgreSQL. */
export type SendRateLimiter = { acquire(): Promise<void> };

/** 0 (no limit): for the benchmark against the local stand-in, never for Resend itself. */
export const unlimitedSendRate: SendRateLimiter = { acquire: async () => {} };

/**
 * At most `perSecond` provider requests per second across all processes together: each
 * request takes a point from one counter in the rate_limits table (rate-limiter-flexible,
 * as the sign limiter does), and waits for the next second when none is left. Batches of
 * updates and single outbox emails (confirmations, notices) draw from the same budget,
 * because Resend counts every API request of the team against one limit.
 */
export function createSendRateLimiter(pool: pg.Pool, perSecond: number): SendRateLimiter {
  if (perSecond <= 0) return unlimitedSendRate;
  const limiter = new RateLimiterPostgres({
    storeClient: pool,
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "email-requests",
    points: perSecond,
    duration: 1,
  });
  return {
    async acquire() {
      for (;;) {
        try {
          await limiter.consume("provider");
          return;
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) throw error;
          // A little jitter, so the waiting workers do not all ask again at the same instant.
          await new Promise((resolve) => setTimeout(resolve, error.msBeforeNext + Math.floor(Math.random() * 25)));
        }
      }
    },
  };
}
