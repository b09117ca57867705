import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { PUBLIC_CAMPAIGN_STATUSES } from "../campaigns/signing-availability";
import { lockCampaignUpdate } from "./lock-campaign-update";

type PublishCampaignUpdateOptions = { db: Db; actorId: string; campaignId: string; updateId: string; version: number; now?: Date };

export type PublishCampaignUpdateResult =
  | { ok: true; changed: boolean; slug: string }
  | { ok: false; code: "NOT_FOUND" | "STALE" | "CAMPAIGN_NOT_PUBLIC" };

/**
 * Puts an update on the campaign page's timeline (publishedAt), with an audit row. Only a
 * campaign the public can see gets a timeline. Publishing twice changes nothing. The
 * caller refreshes the cached campaign pages with the returned slug.
 */
export async function publishCampaignUpdate(options: PublishCampaignUpdateOptions): Promise<PublishCampaignUpdateResult> {
  const { db, actorId, campaignId, updateId, version, now = new Date() } = options;
  return db.$transaction(async (tx): Promise<PublishCampaignUpdateResult> => {
    const current = await lockCampaignUpdate(tx, campaignId, updateId);
    if (!current) return { ok: false, code: "NOT_FOUND" };
    if (current.publishedAt) return { ok: true, changed: false, slug: current.slug };
    if (current.version !== version) return { ok: false, code: "STALE" };
    if (!(PUBLIC_CAMPAIGN_STATUSES as readonly string[]).includes(current.campaignStatus)) return { ok: false, code: "CAMPAIGN_NOT_PUBLIC" };
    await tx.campaignUpdate.update({ where: { id: updateId }, data: { publishedAt: now } });
    await recordAudit(tx, { actorId, action: "update.published", campaignId, subject: updateId, after: { publishedAt: now.toISOString() } });
    return { ok: true, changed: true, slug: current.slug };
  });
}
