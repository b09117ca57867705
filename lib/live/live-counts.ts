import type { CountHub } from "./count-hub";

type Options = {
  /** A campaign nobody has asked about for this long stops being followed. */
  idleMs?: number;
  /** How long to wait for the hub's first value before asking the database directly. */
  firstValueTimeoutMs?: number;
  /** The exact count from the database: used only while the hub has no value yet. */
  readCount: (campaignId: string) => Promise<number>;
  now?: () => number;
};

type Followed = { latest: number | null; first: Promise<number>; lastAskedAt: number; stop: Promise<() => void> };

/**
 * The counts of the campaigns people are asking about, kept in memory from the process's
 * count hub: the count JSON answers from here instead of a query per request. A count is as
 * exact as the hub's (it re-reads the counter shards at most every 200 ms after a change).
 */
export function createLiveCounts(hub: Pick<CountHub, "subscribe">, options: Options) {
  const { idleMs = 60_000, firstValueTimeoutMs = 2_000, now = Date.now } = options;
  const followed = new Map<string, Followed>();

  const sweep = setInterval(() => {
    for (const [campaignId, entry] of followed) {
      if (now() - entry.lastAskedAt < idleMs) continue;
      followed.delete(campaignId);
      void entry.stop.then((unsubscribe) => unsubscribe(), () => {});
    }
  }, Math.max(1_000, idleMs / 2));
  sweep.unref();

  const follow = (campaignId: string): Followed => {
    let resolveFirst!: (count: number) => void;
    const entry: Followed = {
      latest: null,
      first: new Promise<number>((resolve) => (resolveFirst = resolve)),
      lastAskedAt: now(),
      stop: Promise.resolve(() => {}),
    };
    entry.stop = hub.subscribe(campaignId, (snapshot) => {
      entry.latest = snapshot.signatureCount;
      resolveFirst(snapshot.signatureCount);
    });
    // A hub that cannot subscribe (its LISTEN connection is down) must not keep the entry:
    // the next request tries again.
    entry.stop.catch(() => {
      if (followed.get(campaignId) === entry) followed.delete(campaignId);
    });
    followed.set(campaignId, entry);
    return entry;
  };

  return {
    /** The campaign's count: from memory once followed, else the hub's first value (or the database's). */
    async count(campaignId: string): Promise<number> {
      const entry = followed.get(campaignId) ?? follow(campaignId);
      entry.lastAskedAt = now();
      if (entry.latest !== null) return entry.latest;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), firstValueTimeoutMs)));
      const failed = entry.stop.then(() => timedOut, () => null);
      const first = await Promise.race([entry.first, timedOut, failed]);
      clearTimeout(timer);
      return first ?? options.readCount(campaignId);
    },
    /** How many campaigns are followed (for tests and diagnostics). */
    size: () => followed.size,
    close() {
      clearInterval(sweep);
      for (const entry of followed.values()) void entry.stop.then((unsubscribe) => unsubscribe(), () => {});
      followed.clear();
    },
  };
}

export type LiveCounts = ReturnType<typeof createLiveCounts>;
