import type pg from "pg";
import { getEnv } from "../env";
import { createRateLimitPool } from "./sign-rate-limiter";

const globalForPool = globalThis as unknown as { chorusRateLimitPool?: pg.Pool };

/** This process's one pool for rate-limit counters, shared by every limiter (sign, sign-in, report). */
export function getRateLimitPool(): pg.Pool {
  globalForPool.chorusRateLimitPool ??= createRateLimitPool(getEnv().DATABASE_URL);
  return globalForPool.chorusRateLimitPool;
}
