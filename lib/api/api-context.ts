import type { Db } from "../db";
import type { CountHub } from "../live/count-hub";
import type { SignRateLimiter } from "../security/sign-rate-limiter";

/** What the lean API handlers need, built once per process. */
export type ApiContext = {
  db: Db;
  secret: string;
  appUrl: string;
  signLimiter: SignRateLimiter;
  countHub: CountHub;
};
