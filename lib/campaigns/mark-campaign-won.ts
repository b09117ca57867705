import "server-only";
import type { Db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { WINNABLE_STATUSES } from "./campaign-lifecycle";
import { victoryMessageSchema } from "./campaign-input";
import { transitionCampaignStatus } from "./transition-campaign-status";

type MarkCampaignWonOptions = {
  db: Db;
  campaignId: string;
  actorId: string;
  /** Markdown, shown on the campaign's page. */
  victoryMessage: string;
  now?: Date;
};

export type MarkCampaignWonResult = { ok: true; slug: string } | { ok: false; code: "NOT_FOUND" | "NOT_WINNABLE" | "VICTORY_MESSAGE_INVALID" };

/**
 * Marks a live or closed campaign won, with the message its page shows from now on. A
 * conditional UPDATE, so two at once apply once; a campaign closed earlier keeps the
 * time it ended.
 */
export async function markCampaignWon(options: MarkCampaignWonOptions): Promise<MarkCampaignWonResult> {
  const { db, campaignId, actorId, now = new Date() } = options;
  const message = victoryMessageSchema.safeParse(options.victoryMessage);
  if (!message.success) return { ok: false, code: "VICTORY_MESSAGE_INVALID" };
  return db.$transaction(async (tx): Promise<MarkCampaignWonResult> => {
    const transition = await transitionCampaignStatus({
      tx,
      campaignId,
      from: WINNABLE_STATUSES,
      data: { status: "WON", victoryMessage: message.data, endedAt: now },
    });
    if (!transition.ok) return { ok: false, code: transition.current ? "NOT_WINNABLE" : "NOT_FOUND" };
    await recordAudit(tx, {
      actorId,
      action: "campaign.won",
      campaignId,
      before: { status: transition.before },
      after: { status: "WON", victoryMessage: message.data },
    });
    return { ok: true, slug: transition.campaign.slug };
  });
}
