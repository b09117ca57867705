import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { lockCampaignUpdate } from "./lock-campaign-update";

type DeleteCampaignUpdateOptions = { db: Db; actorId: string; campaignId: string; updateId: string; version: number };

export type DeleteCampaignUpdateResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "STALE" | "ALREADY_SENT" | "PUBLISHED" };

/**
 * Deletes a draft. An emailed update stays (its broadcast is the record of what signers
 * were sent), and a published one is unpublished first, so nothing disappears by one click.
 * The audit row keeps its title.
 */
export async function deleteCampaignUpdate({ db, actorId, campaignId, updateId, version }: DeleteCampaignUpdateOptions): Promise<DeleteCampaignUpdateResult> {
  return db.$transaction(async (tx): Promise<DeleteCampaignUpdateResult> => {
    const current = await lockCampaignUpdate(tx, campaignId, updateId);
    if (!current) return { ok: false, code: "NOT_FOUND" };
    if (current.emailed) return { ok: false, code: "ALREADY_SENT" };
    if (current.publishedAt) return { ok: false, code: "PUBLISHED" };
    if (current.version !== version) return { ok: false, code: "STALE" };
    await tx.campaignUpdate.delete({ where: { id: updateId } });
    await recordAudit(tx, { actorId, action: "update.deleted", campaignId, subject: updateId, before: { kind: current.kind, title: current.title } });
    return { ok: true };
  });
}
