import type { Db } from "../../db";
import type { StoredTranslation } from "./localize-campaign";

export type EditableTranslation = StoredTranslation & { version: number; updatedAt: Date };

/** A campaign's translations in every language, drafts included: for its organizers and moderators. */
export function listCampaignTranslations(db: Db, campaignId: string): Promise<EditableTranslation[]> {
  return db.campaignTranslation.findMany({
    where: { campaignId },
    select: {
      language: true,
      title: true,
      summary: true,
      story: true,
      target: true,
      shareText: true,
      imageAlt: true,
      isDraft: true,
      version: true,
      updatedAt: true,
    },
    orderBy: { language: "asc" },
  });
}
