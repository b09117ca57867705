/**
 * Renders kept in memory for a while, so a crowd of crawlers fetching the same preview
 * image costs one render. Requests for a key whose render is under way share it. What a
 * render finds nothing for (null) and failed renders are not kept: the next request tries
 * again. Entries are bounded; the least recently used goes first.
 */
export type Rendered<T> = {
  value: T;
  /** When the render began (before it read anything): the age of what it shows counts from here. */
  renderedAt: number;
};

type Entry<T> = { startedAt: number; result: Promise<T | null> };

type Options = {
  /** How long a render is served after it began. */
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
};

export type RenderCache<T> = {
  get(key: string, render: () => Promise<T | null>): Promise<Rendered<T> | null>;
  readonly size: number;
};

export function createRenderCache<T>({ ttlMs, maxEntries, now = Date.now }: Options): RenderCache<T> {
  const entries = new Map<string, Entry<T>>();

  return {
    async get(key, render) {
      let entry = entries.get(key);
      if (entry && now() - entry.startedAt < ttlMs) {
        // Most recently used goes to the end of the Map's order.
        entries.delete(key);
        entries.set(key, entry);
      } else {
        const started: Entry<T> = { startedAt: now(), result: Promise.resolve().then(render) };
        entry = started;
        entries.delete(key);
        entries.set(key, started);
        while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
        const forget = () => {
          if (entries.get(key) === started) entries.delete(key);
        };
        started.result.then((value) => value === null && forget(), forget);
      }
      const value = await entry.result;
      return value === null ? null : { value, renderedAt: entry.startedAt };
    },
    get size() {
      return entries.size;
    },
  };
}

type FreshnessOptions = {
  /** The oldest a count may be when someone sees it, through every cache on the way. */
  maxStalenessMs: number;
  /** Kept in hand for the time on the wire and caches that round. */
  marginMs: number;
};

/**
 * `Cache-Control` for a render that began at `renderedAt`, sent at `now`: caches may keep it
 * for what is left of its freshness budget. A CDN counts `s-maxage` from when it fetched the
 * response and tells browsers its `Age`, so the render's age at sending is taken off here:
 * age at sending + max-age ≤ maxStaleness − margin, whoever holds the copy.
 */
export function cacheControlFor(renderedAt: number, now: number, { maxStalenessMs, marginMs }: FreshnessOptions): string {
  const seconds = Math.floor((renderedAt + maxStalenessMs - marginMs - now) / 1000);
  if (seconds <= 0) return "no-cache";
  return `public, max-age=${seconds}, s-maxage=${seconds}`;
}
