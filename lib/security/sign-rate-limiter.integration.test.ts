import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../../test/helpers/test-database";
import { createSignRateLimiter } from "./sign-rate-limiter";

const database = withTestDatabase();

const storedPoints = async (ipKey: string) =>
  (await database.pool.query<{ points: number }>(`SELECT points FROM rate_limits WHERE key = $1`, [`sign-ip:${ipKey}`])).rows[0]?.points ?? 0;

describe("the sign limiter", () => {
  it("lets a single attempt pass without touching the shared counter", async () => {
    const limiter = createSignRateLimiter(database.pool, { perIpPerMinute: 30 });
    expect(await limiter.check({ ipKey: "one-signature" })).toBeNull();
    expect(await storedPoints("one-signature")).toBe(0);
  });

  it("holds processes together to the limit, give or take each one's local allowance", async () => {
    const limit = 20;
    const allowance = 2;
    const processes = [1, 2, 3].map(() => createSignRateLimiter(database.pool, { perIpPerMinute: limit, localAllowance: allowance }));
    let allowed = 0;
    for (let attempt = 0; attempt < 90; attempt++) {
      if ((await processes[attempt % processes.length]!.check({ ipKey: "burst" })) === null) allowed++;
    }
    expect(allowed).toBeGreaterThanOrEqual(limit);
    expect(allowed).toBeLessThanOrEqual(limit + processes.length * allowance);
  });

  it("counts every attempt of one process once the allowance is spent", async () => {
    const limiter = createSignRateLimiter(database.pool, { perIpPerMinute: 5, localAllowance: 2 });
    const answers = [];
    for (let attempt = 0; attempt < 8; attempt++) answers.push(await limiter.check({ ipKey: "steady" }));
    // Exactly the limit passes in one process: the unreported attempts were charged with the third.
    expect(answers.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(answers.slice(5).every((wait) => typeof wait === "number" && wait > 0)).toBe(true);
  });
});
