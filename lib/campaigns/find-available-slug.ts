import "server-only";
import type { Db, DbTx } from "../db";
import { numberedSlug } from "./campaign-slug";

const BATCH = 20;

type FindAvailableSlugOptions = {
  db: Db | DbTx;
  /** A valid slug (from slugFromTitle or campaignSlugSchema). */
  base: string;
  /** The campaign being edited: its own slug counts as free. */
  excludeCampaignId?: string;
};

/**
 * `base` if no other campaign uses it, else the first free of base-2, base-3, … (each cut
 * to fit 60 characters). Two organizers can still race for the same slug: the unique index
 * on Campaign.slug decides, and the loser asks again.
 */
export async function findAvailableSlug({ db, base, excludeCampaignId }: FindAvailableSlugOptions): Promise<string> {
  for (let first = 1; ; first += BATCH) {
    const candidates = Array.from({ length: BATCH }, (_, i) => numberedSlug(base, first + i));
    const taken = await db.campaign.findMany({
      where: { slug: { in: candidates }, ...(excludeCampaignId ? { id: { not: excludeCampaignId } } : {}) },
      select: { slug: true },
    });
    const used = new Set(taken.map((campaign) => campaign.slug));
    const free = candidates.find((candidate) => !used.has(candidate));
    if (free) return free;
  }
}
