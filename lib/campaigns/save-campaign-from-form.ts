import "server-only";
import type { ActionResult } from "../auth/protected-action";
import type { Person } from "../auth/person";
import type { Db } from "../db";
import { deleteCampaignImage } from "../images/delete-campaign-image";
import type { FileStorage } from "../storage/file-storage";
import type { CampaignFormInput } from "./campaign-input";
import { createCampaignDraft } from "./create-campaign-draft";
import { refreshPublicPages } from "../moderation/refresh-public-pages";
import { editPath } from "./organizer-paths";
import { PUBLIC_CAMPAIGN_STATUSES } from "./signing-availability";
import { storeFormImage } from "./store-form-image";
import { submitCampaign } from "./submit-campaign";
import { updateCampaign } from "./update-campaign";

type SaveCampaignFromFormOptions = {
  db: Db;
  storage: FileStorage;
  person: Person;
  input: CampaignFormInput;
  /** The form's file field. */
  image: FormDataEntryValue | null;
  /** The campaign being edited; none to start a new one. */
  campaignId?: string;
};

/** Domain codes as the form's messages (startCampaign, campaignContent, forms) and fields. */
const MESSAGES: Record<string, { code: string; field?: string }> = {
  SLUG_TAKEN: { code: "slugTaken", field: "slug" },
  IMAGE_ALT_REQUIRED: { code: "imageAltRequired", field: "imageAlt" },
  LANGUAGE_TRANSLATED: { code: "languageTranslated", field: "language" },
  NOT_EDITABLE: { code: "notEditable" },
  NOT_FOUND: { code: "notFound" },
  ALREADY_SUBMITTED: { code: "alreadySubmitted" },
  NOT_SUBMITTABLE: { code: "notSubmittable" },
};

/** The edit page, telling the organizer what just happened. */
export const editPathAfter = (campaignId: string, done: "saved" | "submitted" | "published" | "closed" | "won") =>
  `${editPath(campaignId)}?done=${done}`;

/**
 * The campaign form's work, for the start and edit actions: store a new image, create or
 * update the campaign, then submit it if that button was pressed. A stored image that ends
 * up unused (the save was refused, or it replaced another) is deleted.
 */
export async function saveCampaignFromForm({ db, storage, person, input, image, campaignId }: SaveCampaignFromFormOptions): Promise<ActionResult> {
  const fileChosen = image instanceof File && image.size > 0;
  if (fileChosen && !input.imageAlt) return { ok: false, code: "imageAltRequired", field: "imageAlt" };
  const stored = await storeFormImage({ storage, file: image });
  if (!stored.ok) return stored;

  const saved = campaignId
    ? await updateCampaign({
        db,
        actorId: person.id,
        campaignId,
        fields: input,
        slugSuggested: input.slugSuggested,
        image: stored.url ? { kind: "replace", url: stored.url } : input.removeImage ? { kind: "remove" } : { kind: "keep" },
      })
    : await createCampaignDraft({ db, ownerId: person.id, fields: input, slugSuggested: input.slugSuggested, imageUrl: stored.url });
  if (!saved.ok) {
    await deleteCampaignImage({ storage, url: stored.url });
    return saved.code === "FIELD_LOCKED" ? { ok: false, code: "fieldLocked", field: saved.field } : { ok: false, ...MESSAGES[saved.code]! };
  }

  const id = "campaign" in saved ? saved.campaign.id : campaignId!;
  if ("replacedImageUrl" in saved) {
    await deleteCampaignImage({ storage, url: saved.replacedImageUrl });
    if (saved.changed.length > 0 && PUBLIC_CAMPAIGN_STATUSES.includes(saved.status)) refreshPublicPages(saved.slug);
  }
  if (input.intent !== "submit") return { ok: true, redirectTo: editPathAfter(id, "saved") };

  const submitted = await submitCampaign({ db, campaignId: id, actorId: person.id });
  if (!submitted.ok) return { ok: false, ...MESSAGES[submitted.code]! };
  if (submitted.status === "PUBLISHED") refreshPublicPages(submitted.slug);
  return { ok: true, redirectTo: editPathAfter(id, submitted.status === "PUBLISHED" ? "published" : "submitted") };
}
