import "server-only";
import type { Db } from "../db";
import type { CampaignStatus } from "../generated/prisma/enums";
import { isUniqueViolation } from "../database/is-unique-violation";
import { recordAudit } from "../audit/record-audit";
import { campaignAuditValues } from "./campaign-audit-values";
import type { CampaignFields } from "./campaign-input";
import { CAMPAIGN_EDITABLE_FIELDS, editableFields, type CampaignEditableField } from "./campaign-lifecycle";
import { chooseCampaignSlug } from "./choose-campaign-slug";

/** What happens to the campaign's image: kept, replaced by a newly stored one, or removed. */
export type CampaignImageChange = { kind: "keep" } | { kind: "replace"; url: string } | { kind: "remove" };

type UpdateCampaignOptions = {
  db: Db;
  actorId: string;
  campaignId: string;
  fields: CampaignFields;
  slugSuggested?: boolean;
  image?: CampaignImageChange;
};

export type UpdateCampaignResult =
  | {
      ok: true;
      /** The fields that changed (none: nothing was written). */
      changed: CampaignEditableField[];
      slug: string;
      status: CampaignStatus;
      /** The image the campaign no longer uses, for the caller to delete after the commit. */
      replacedImageUrl: string | null;
    }
  | { ok: false; code: "NOT_FOUND" | "NOT_EDITABLE" | "SLUG_TAKEN" | "IMAGE_ALT_REQUIRED" | "LANGUAGE_TRANSLATED" }
  | { ok: false; code: "FIELD_LOCKED"; field: "slug" | "language" };

class Refusal {
  constructor(readonly result: Extract<UpdateCampaignResult, { ok: false }>) {}
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);
const SLUG_ATTEMPTS = 3;

/**
 * Saves an organizer's edits in one transaction with an audit row holding the changed
 * fields before and after. Drafts and rejected campaigns change anything; a published one
 * its words, image, goal, deadline and hashtag, never its slug or language (nor does one a
 * moderator has unpublished since); a campaign in review or ended, nothing. The row is locked first, so a submit, approval or close that
 * runs at the same moment waits, and the status the rules were checked against holds
 * until the commit.
 */
export async function updateCampaign(options: UpdateCampaignOptions): Promise<UpdateCampaignResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await updateOnce(options);
    } catch (error) {
      if (error instanceof Refusal) return error.result;
      if (!isUniqueViolation(error, "slug")) throw error;
      const madeSlug = options.fields.slug === null || options.slugSuggested;
      if (!madeSlug || attempt >= SLUG_ATTEMPTS) return { ok: false, code: "SLUG_TAKEN" };
    }
  }
}

async function updateOnce({ db, actorId, campaignId, fields, slugSuggested = false, image = { kind: "keep" } }: UpdateCampaignOptions) {
  return db.$transaction(async (tx): Promise<UpdateCampaignResult> => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Campaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE`;
    if (locked.length === 0) return { ok: false, code: "NOT_FOUND" };
    const current = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const allowed = editableFields(current);
    if (allowed.length === 0) return { ok: false, code: "NOT_EDITABLE" };

    const imageUrl = image.kind === "keep" ? current.imageUrl : image.kind === "replace" ? image.url : null;
    const next: Record<CampaignEditableField, unknown> = {
      title: fields.title,
      target: fields.target,
      summary: fields.summary,
      story: fields.story,
      goal: fields.goal,
      closesAt: fields.closesAt,
      hashtag: fields.hashtag,
      shareText: fields.shareText,
      imageUrl,
      imageAlt: imageUrl ? fields.imageAlt : null,
      language: fields.language,
      slug: current.slug,
    };
    if (imageUrl && !fields.imageAlt) return { ok: false, code: "IMAGE_ALT_REQUIRED" };

    if (allowed.includes("slug")) {
      if (fields.slug !== current.slug) {
        const chosen = await chooseCampaignSlug({ db: tx, title: fields.title, slug: fields.slug, suggested: slugSuggested, excludeCampaignId: campaignId });
        if (!chosen.ok) throw new Refusal(chosen);
        next.slug = chosen.slug;
      }
    } else {
      for (const field of ["slug", "language"] as const) {
        const wanted = field === "slug" ? (fields.slug ?? current.slug) : fields.language;
        if (wanted !== current[field]) return { ok: false, code: "FIELD_LOCKED", field };
      }
    }

    // A campaign's own language cannot also be one of its translations: that one would be lost.
    if (fields.language !== current.language) {
      const translated = await tx.campaignTranslation.count({ where: { campaignId, language: fields.language } });
      if (translated > 0) return { ok: false, code: "LANGUAGE_TRANSLATED" };
    }

    const changed = CAMPAIGN_EDITABLE_FIELDS.filter((field) => allowed.includes(field) && !same(next[field], current[field]));
    const result = { ok: true as const, changed, slug: next.slug as string, status: current.status };
    if (changed.length === 0) return { ...result, replacedImageUrl: null };

    const data = Object.fromEntries(changed.map((field) => [field, next[field]]));
    await tx.campaign.update({ where: { id: campaignId }, data });
    await recordAudit(tx, {
      actorId,
      action: "campaign.updated",
      campaignId,
      before: campaignAuditValues(current, changed),
      after: campaignAuditValues(next, changed),
    });
    const replacedImageUrl = changed.includes("imageUrl") ? current.imageUrl : null;
    return { ...result, replacedImageUrl };
  });
}
