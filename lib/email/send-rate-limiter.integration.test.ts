import { describe, expect, it } from "vitest";
import { createRateLimitPool } from "../security/sign-rate-limiter";
import { withTestDatabase } from "../../test/helpers/test-database";
import { createSendRateLimiter } from "./send-rate-limiter";

const database = withTestDatabase();

describe("the provider's request budget", () => {
  it("lets at most N requests a second through across processes sharing the database", async () => {
    // Two pools stand for two worker processes: the budget lives in PostgreSQL, not in either.
    const pools = [createRateLimitPool(database.url), createRateLimitPool(database.url)];
    try {
      const limiters = pools.map((pool) => createSendRateLimiter(pool, 3));
      const granted: number[] = [];
      const before = Date.now();
      await Promise.all(
        Array.from({ length: 7 }, async (_, index) => {
          await limiters[index % 2]!.acquire();
          granted.push(Date.now());
        }),
      );
      granted.sort((a, b) => a - b);
      // 3 in the first second, 3 in the next, the 7th in the third: the 4th cannot come
      // before one full window has passed since the start, nor the 7th before two.
      expect(granted).toHaveLength(7);
      expect(granted[3]! - before).toBeGreaterThanOrEqual(1_000);
      expect(granted[6]! - before).toBeGreaterThanOrEqual(2_000);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it("does not wait at all when the limit is 0 (benchmarks against the stand-in)", async () => {
    const pool = createRateLimitPool(database.url);
    try {
      const limiter = createSendRateLimiter(pool, 0);
      for (let index = 0; index < 50; index++) await limiter.acquire();
      expect(await database.db.rateLimit.count()).toBe(0);
    } finally {
      await pool.end();
    }
  });
});
