import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import type { UpdateFields } from "./update-input";

type CreateCampaignUpdateOptions = { db: Db; actorId: string; campaignId: string; fields: UpdateFields };

export type CreateCampaignUpdateResult = { ok: true; updateId: string; version: number } | { ok: false; code: "NOT_FOUND" };

/** Saves a new update as a draft (not on the page, not emailed), with an audit row. */
export async function createCampaignUpdate({ db, actorId, campaignId, fields }: CreateCampaignUpdateOptions): Promise<CreateCampaignUpdateResult> {
  return db.$transaction(async (tx): Promise<CreateCampaignUpdateResult> => {
    const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true } });
    if (!campaign) return { ok: false, code: "NOT_FOUND" };
    const update = await tx.campaignUpdate.create({
      data: { campaignId, ...fields, createdById: actorId },
      select: { id: true, version: true },
    });
    await recordAudit(tx, { actorId, action: "update.created", campaignId, subject: update.id, after: { kind: fields.kind, title: fields.title } });
    return { ok: true, updateId: update.id, version: update.version };
  });
}
