import "server-only";
import type { Db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { CLOSABLE_STATUSES } from "./campaign-lifecycle";
import { transitionCampaignStatus } from "./transition-campaign-status";

type CloseCampaignOptions = { db: Db; campaignId: string; actorId: string; now?: Date };

export type CloseCampaignResult = { ok: true; slug: string } | { ok: false; code: "NOT_FOUND" | "NOT_OPEN" };

/**
 * Closes a live campaign by hand: no more signatures (confirmations of earlier ones stop
 * too, signing-availability.ts). A conditional UPDATE, so two closes at once close once.
 */
export async function closeCampaign({ db, campaignId, actorId, now = new Date() }: CloseCampaignOptions): Promise<CloseCampaignResult> {
  return db.$transaction(async (tx): Promise<CloseCampaignResult> => {
    const transition = await transitionCampaignStatus({ tx, campaignId, from: CLOSABLE_STATUSES, data: { status: "CLOSED", endedAt: now } });
    if (!transition.ok) return { ok: false, code: transition.current ? "NOT_OPEN" : "NOT_FOUND" };
    await recordAudit(tx, {
      actorId,
      action: "campaign.closed",
      campaignId,
      before: { status: transition.before },
      after: { status: "CLOSED", endedAt: now.toISOString() },
    });
    return { ok: true, slug: transition.campaign.slug };
  });
}
