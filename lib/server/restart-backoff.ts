export type BackoffOptions = {
  /** The wait before replacing a process after its first quick death. */
  baseMs: number;
  /** The longest wait, however often it died. */
  maxMs: number;
  /** A process that lived this long before dying was healthy: its count starts again. */
  stableAfterMs: number;
};

export const RESTART_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000, stableAfterMs: 30_000 };

/**
 * How many times in a row a slot's process has died soon after starting, counting this
 * death. A process that ran for a while before dying resets the count: one crash a day
 * is replaced at once, a crash loop slows down.
 */
export function crashesInARow(previous: number, livedMs: number, options: BackoffOptions = RESTART_BACKOFF): number {
  return livedMs >= options.stableAfterMs ? 1 : previous + 1;
}

/** The wait before starting the replacement: doubling from baseMs with each crash in a row, capped at maxMs. */
export function restartDelayMs(crashes: number, options: BackoffOptions = RESTART_BACKOFF): number {
  if (crashes <= 0) return 0;
  return Math.min(options.maxMs, options.baseMs * 2 ** Math.min(crashes - 1, 30));
}
