import "server-only";
import type { Db, DbTx } from "../db";
import { slugFromTitle } from "./campaign-slug";
import { findAvailableSlug } from "./find-available-slug";

type ChooseCampaignSlugOptions = {
  db: Db | DbTx;
  title: string;
  /** The organizer's slug, or null to make one from the title. */
  slug: string | null;
  /** The slug is the form's suggestion, not the organizer's choice: a taken one is numbered. */
  suggested: boolean;
  /** The campaign being edited: its own slug is free for it. */
  excludeCampaignId?: string;
};

export type ChooseCampaignSlugResult = { ok: true; slug: string } | { ok: false; code: "SLUG_TAKEN" };

/**
 * The slug a campaign gets: a made or suggested one numbered past any taken ("park-2"), a
 * chosen one as it is or refused when another campaign has it. This read cannot stop two
 * organizers racing for one slug: the unique index does, and the caller maps its error.
 */
export async function chooseCampaignSlug(options: ChooseCampaignSlugOptions): Promise<ChooseCampaignSlugResult> {
  const { db, title, slug, suggested, excludeCampaignId } = options;
  if (slug === null || suggested) {
    return { ok: true, slug: await findAvailableSlug({ db, base: slug ?? slugFromTitle(title), excludeCampaignId }) };
  }
  const taken = await db.campaign.findFirst({
    where: { slug, ...(excludeCampaignId ? { id: { not: excludeCampaignId } } : {}) },
    select: { id: true },
  });
  return taken ? { ok: false, code: "SLUG_TAKEN" } : { ok: true, slug };
}
