import "server-only";
import type { Db } from "../db";

export type UpdateSendState = "notEmailed" | "emailing" | "sent" | "paused";

export type OrganizerUpdateRow = {
  id: string;
  kind: string;
  title: string;
  publishedAt: Date | null;
  updatedAt: Date;
  /** The email send, when started: how many of its recipients are done (sent, failed or skipped). */
  email: { state: Exclude<UpdateSendState, "notEmailed">; done: number; total: number } | null;
};

/**
 * A campaign's updates for its organizers, newest first, each with its email send's
 * progress counted from its recipients (one grouped query for all of them).
 */
export async function listCampaignUpdates(db: Db, campaignId: string): Promise<OrganizerUpdateRow[]> {
  const updates = await db.campaignUpdate.findMany({
    where: { campaignId },
    orderBy: { createdAt: "desc" },
    select: { id: true, kind: true, title: true, publishedAt: true, updatedAt: true, broadcast: { select: { id: true, status: true, recipientCount: true } } },
  });
  const broadcastIds = updates.flatMap((update) => (update.broadcast ? [update.broadcast.id] : []));
  const done = broadcastIds.length
    ? await db.broadcastRecipient.groupBy({ by: ["broadcastId"], where: { broadcastId: { in: broadcastIds }, status: { not: "QUEUED" } }, _count: { _all: true } })
    : [];
  const doneBy = new Map(done.map((row) => [row.broadcastId, row._count._all]));
  return updates.map(({ broadcast, ...update }) => ({
    ...update,
    email: broadcast
      ? {
          state: broadcast.status === "DONE" ? "sent" : broadcast.status === "PAUSED" ? "paused" : "emailing",
          done: doneBy.get(broadcast.id) ?? 0,
          total: broadcast.recipientCount,
        }
      : null,
  }));
}
