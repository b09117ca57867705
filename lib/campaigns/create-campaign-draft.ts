import "server-only";
import type { Db } from "../db";
import { isUniqueViolation } from "../database/is-unique-violation";
import { recordAudit } from "../audit/record-audit";
import { campaignAuditValues } from "./campaign-audit-values";
import type { CampaignFields } from "./campaign-input";
import { chooseCampaignSlug } from "./choose-campaign-slug";

type CreateCampaignDraftOptions = {
  db: Db;
  /** Who starts it: they become its owner. */
  ownerId: string;
  fields: CampaignFields;
  /** The slug is the form's suggestion (numbered if taken) rather than the organizer's choice. */
  slugSuggested?: boolean;
  /** A stored image (saveCampaignImage), or none. */
  imageUrl?: string | null;
};

export type CreateCampaignDraftResult =
  | { ok: true; campaign: { id: string; slug: string } }
  | { ok: false; code: "SLUG_TAKEN" | "IMAGE_ALT_REQUIRED" };

const AUDITED = ["slug", "title", "target", "summary", "goal", "closesAt", "language", "hashtag", "shareText", "imageUrl", "imageAlt"] as const;
/** Races lost on a made or suggested slug before giving up (each retry numbers past the winner). */
const SLUG_ATTEMPTS = 3;

/**
 * A new campaign in DRAFT, its creator its OWNER (a team row and Campaign.ownerId) and an
 * audit row, all in one transaction. A chosen slug another campaign has is refused; the
 * unique index settles a race for it, and its error becomes the same SLUG_TAKEN.
 */
export async function createCampaignDraft(options: CreateCampaignDraftOptions): Promise<CreateCampaignDraftResult> {
  const { db, ownerId, fields, slugSuggested = false, imageUrl = null } = options;
  if (imageUrl && !fields.imageAlt) return { ok: false, code: "IMAGE_ALT_REQUIRED" };
  const madeSlug = fields.slug === null || slugSuggested;

  for (let attempt = 1; ; attempt++) {
    const chosen = await chooseCampaignSlug({ db, title: fields.title, slug: fields.slug, suggested: slugSuggested });
    if (!chosen.ok) return chosen;
    try {
      const campaign = await db.$transaction(async (tx) => {
        const created = await tx.campaign.create({
          data: {
            slug: chosen.slug,
            title: fields.title,
            target: fields.target,
            summary: fields.summary,
            story: fields.story,
            goal: fields.goal,
            closesAt: fields.closesAt,
            language: fields.language,
            hashtag: fields.hashtag,
            shareText: fields.shareText,
            imageUrl,
            imageAlt: imageUrl ? fields.imageAlt : null,
            status: "DRAFT",
            ownerId,
            members: { create: { userId: ownerId, role: "OWNER" } },
          },
        });
        await recordAudit(tx, {
          actorId: ownerId,
          action: "campaign.created",
          campaignId: created.id,
          after: campaignAuditValues(created, AUDITED),
        });
        return created;
      });
      return { ok: true, campaign: { id: campaign.id, slug: campaign.slug } };
    } catch (error) {
      if (!isUniqueViolation(error, "slug")) throw error;
      if (!madeSlug || attempt >= SLUG_ATTEMPTS) return { ok: false, code: "SLUG_TAKEN" };
    }
  }
}
