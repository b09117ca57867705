import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { lockCampaignUpdate } from "./lock-campaign-update";
import type { UpdateFields } from "./update-input";

type EditCampaignUpdateOptions = {
  db: Db;
  actorId: string;
  campaignId: string;
  updateId: string;
  /** The version the organizer's form was loaded at. */
  version: number;
  fields: UpdateFields;
};

export type EditCampaignUpdateResult =
  | { ok: true; changed: boolean; version: number; slug: string; published: boolean }
  | { ok: false; code: "NOT_FOUND" | "STALE" | "ALREADY_SENT" };

/**
 * Changes an update's kind, title or body. A published update can still be corrected (a
 * typo on the page), but once its email send has started the text is final: signers
 * received these words, and the page must keep saying what they were sent. A form loaded
 * before someone else's save is refused whole.
 */
export async function editCampaignUpdate(options: EditCampaignUpdateOptions): Promise<EditCampaignUpdateResult> {
  const { db, actorId, campaignId, updateId, version, fields } = options;
  return db.$transaction(async (tx): Promise<EditCampaignUpdateResult> => {
    const current = await lockCampaignUpdate(tx, campaignId, updateId);
    if (!current) return { ok: false, code: "NOT_FOUND" };
    if (current.emailed) return { ok: false, code: "ALREADY_SENT" };
    if (current.version !== version) return { ok: false, code: "STALE" };
    const changed = (["kind", "title", "body"] as const).filter((field) => current[field] !== fields[field]);
    const result = { ok: true as const, slug: current.slug, published: current.publishedAt !== null };
    if (changed.length === 0) return { ...result, changed: false, version };

    const saved = await tx.campaignUpdate.update({
      where: { id: updateId },
      data: { ...fields, version: { increment: 1 } },
      select: { version: true },
    });
    await recordAudit(tx, {
      actorId,
      action: "update.edited",
      campaignId,
      subject: updateId,
      before: Object.fromEntries(changed.map((field) => [field, current[field]])),
      after: Object.fromEntries(changed.map((field) => [field, fields[field]])),
    });
    return { ...result, changed: true, version: saved.version };
  });
}
