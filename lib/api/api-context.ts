import type { Db } from "../db";
import type { PublicCampaignCache } from "../campaigns/public-campaign-cache";
import type { CountHub } from "../live/count-hub";
import type { LiveCounts } from "../live/live-counts";
import type { StreamSlots } from "../live/stream-slots";
import type { SignRateLimiter } from "../security/sign-rate-limiter";

/** What the lean API handlers need, built once per process. */
export type ApiContext = {
  db: Db;
  secret: string;
  appUrl: string;
  signLimiter: SignRateLimiter;
  countHub: CountHub;
  /** The counts the count JSON answers with, kept up to date from the count hub. */
  liveCounts: LiveCounts;
  /** Campaign rows (with their published translations) for the count JSON and streams, from memory (a few seconds old at most). */
  publicCampaigns: PublicCampaignCache;
  /** Open live-count streams, capped per client address and per process. */
  streamSlots: StreamSlots;
};
