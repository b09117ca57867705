import type { Db } from "../db";
import { findPublicCampaign } from "./get-public-campaign";

type PublicCampaignRow = Awaited<ReturnType<typeof findPublicCampaign>>;

export type PublicCampaignCache = {
  /** The public campaign row by slug (null when none), at most `ttlMs` old. */
  find(slug: string): Promise<PublicCampaignRow>;
};

type Options = {
  /** How long a found campaign is served from memory: a change shows within this time. */
  ttlMs?: number;
  /** How long "no public campaign has this slug" is remembered. */
  notFoundTtlMs?: number;
  /** Slugs kept at most; the oldest entry goes first (random slugs cannot grow memory). */
  maxEntries?: number;
  now?: () => number;
};

/**
 * The campaign row each live-count stream needs, from memory: thousands of visitors
 * connecting in a burst would otherwise each cost a query. Lookups of the same slug
 * that arrive while one is in flight share it.
 */
export function createPublicCampaignCache(db: Db, options: Options = {}): PublicCampaignCache {
  const { ttlMs = 5_000, notFoundTtlMs = 2_000, maxEntries = 1_000, now = Date.now } = options;
  const entries = new Map<string, { expiresAt: number; row: Promise<PublicCampaignRow> }>();

  return {
    find(slug) {
      const cached = entries.get(slug);
      if (cached && cached.expiresAt > now()) return cached.row;
      entries.delete(slug);
      const entry = { expiresAt: Infinity, row: findPublicCampaign(db, slug) };
      entries.set(slug, entry);
      // A Map keeps insertion order: the first key is the oldest entry.
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      entry.row.then(
        (row) => {
          entry.expiresAt = now() + (row ? ttlMs : notFoundTtlMs);
        },
        // A failed query is not remembered: the next caller asks again.
        () => {
          if (entries.get(slug) === entry) entries.delete(slug);
        },
      );
      return entry.row;
    },
  };
}
