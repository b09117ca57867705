import type { Db } from "../db";

export type BroadcastProgress = {
  broadcastId: string;
  status: "SENDING" | "PAUSED" | "DONE";
  pausedReason: string | null;
  recipientCount: number;
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
  startedAt: Date;
  finishedAt: Date | null;
};

/** Where a send stands, for the organizer's page: recipients by state. Null for an unknown id. */
export async function getBroadcastProgress(db: Db, broadcastId: string): Promise<BroadcastProgress | null> {
  const broadcast = await db.updateBroadcast.findUnique({
    where: { id: broadcastId },
    select: { id: true, status: true, pausedReason: true, recipientCount: true, startedAt: true, finishedAt: true },
  });
  if (!broadcast) return null;
  const counts = await db.broadcastRecipient.groupBy({ by: ["status"], where: { broadcastId }, _count: { _all: true } });
  const count = (status: string) => counts.find((row) => row.status === status)?._count._all ?? 0;
  return {
    broadcastId: broadcast.id,
    status: broadcast.status,
    pausedReason: broadcast.pausedReason,
    recipientCount: broadcast.recipientCount,
    queued: count("QUEUED"),
    sent: count("SENT"),
    failed: count("FAILED"),
    skipped: count("SKIPPED"),
    startedAt: broadcast.startedAt,
    finishedAt: broadcast.finishedAt,
  };
}
