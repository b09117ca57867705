import "server-only";
import { getDb } from "../db";
import { getEnv } from "../env";
import { getSignLimiter } from "../security/process-sign-limiter";

/** The process-wide dependencies that routes and actions hand to domain functions. */
export function getServices() {
  return { env: getEnv(), db: getDb(), signLimiter: getSignLimiter() };
}
