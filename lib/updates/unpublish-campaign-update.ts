import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { lockCampaignUpdate } from "./lock-campaign-update";

type UnpublishCampaignUpdateOptions = { db: Db; actorId: string; campaignId: string; updateId: string };

export type UnpublishCampaignUpdateResult = { ok: true; changed: boolean; slug: string } | { ok: false; code: "NOT_FOUND" };

/**
 * Takes an update off the campaign page (a post made by mistake). Allowed after emailing
 * too: the email cannot be recalled, but the page need not keep showing it.
 */
export async function unpublishCampaignUpdate({ db, actorId, campaignId, updateId }: UnpublishCampaignUpdateOptions): Promise<UnpublishCampaignUpdateResult> {
  return db.$transaction(async (tx): Promise<UnpublishCampaignUpdateResult> => {
    const current = await lockCampaignUpdate(tx, campaignId, updateId);
    if (!current) return { ok: false, code: "NOT_FOUND" };
    if (!current.publishedAt) return { ok: true, changed: false, slug: current.slug };
    await tx.campaignUpdate.update({ where: { id: updateId }, data: { publishedAt: null } });
    await recordAudit(tx, { actorId, action: "update.unpublished", campaignId, subject: updateId, before: { publishedAt: current.publishedAt.toISOString() } });
    return { ok: true, changed: true, slug: current.slug };
  });
}
