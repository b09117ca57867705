type Options = {
  /** Attempts per key and window that need not be told to the shared limiter. */
  allowance: number;
  windowMs: number;
  /** Keys remembered at most; past this, new keys get no local allowance (charged one by one). */
  maxKeys?: number;
  now?: () => number;
};

type Entry = { windowEndsAt: number; unreported: number; overflowed: boolean };

/**
 * The first level in front of a limiter shared through PostgreSQL: a key's first few attempts
 * in a window are counted only in this process, so a person signing once costs no counter
 * round trip. Once a key goes past its allowance, its unreported attempts are charged to the
 * shared limiter in one go and every later attempt is charged as it comes: each process lets
 * at most `allowance` attempts per key and window go uncounted, so a burst spread over N
 * processes can pass the shared limit by at most N × allowance.
 */
export function createLocalAllowance({ allowance, windowMs, maxKeys = 100_000, now = Date.now }: Options) {
  const entries = new Map<string, Entry>();

  // Every window is as long as the others, so insertion order is expiry order.
  const dropExpired = (at: number) => {
    for (const [key, entry] of entries) {
      if (entry.windowEndsAt > at) break;
      entries.delete(key);
    }
  };

  return {
    /** The points to charge the shared limiter for this attempt: 0 while within the local allowance. */
    charge(key: string): number {
      const at = now();
      let entry = entries.get(key);
      if (entry && entry.windowEndsAt <= at) {
        entries.delete(key);
        entry = undefined;
      }
      if (!entry) {
        if (entries.size >= maxKeys) dropExpired(at);
        if (entries.size >= maxKeys || allowance === 0) return 1;
        entry = { windowEndsAt: at + windowMs, unreported: 0, overflowed: false };
        entries.set(key, entry);
      }
      if (!entry.overflowed && entry.unreported < allowance) {
        entry.unreported++;
        return 0;
      }
      const points = entry.unreported + 1;
      entry.unreported = 0;
      entry.overflowed = true;
      return points;
    },
    size: () => entries.size,
  };
}

/** The allowance for a per-minute limit: a tenth of it, at most 5, at least 1. */
export function localAllowanceFor(limitPerWindow: number): number {
  return Math.max(1, Math.min(5, Math.ceil(limitPerWindow / 10)));
}
