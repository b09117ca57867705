import type { Db } from "../db";

export type PausedBroadcast = {
  broadcastId: string;
  campaignTitle: string;
  updateTitle: string;
  pausedReason: string | null;
  startedAt: Date;
  waiting: number;
};

/** Update sends the provider paused (a refused API key), for the admin page: oldest first. */
export async function listPausedBroadcasts(db: Db): Promise<PausedBroadcast[]> {
  const rows = await db.updateBroadcast.findMany({
    where: { status: "PAUSED" },
    orderBy: { startedAt: "asc" },
    take: 50,
    select: {
      id: true,
      pausedReason: true,
      startedAt: true,
      update: { select: { title: true, campaign: { select: { title: true } } } },
      _count: { select: { recipients: { where: { status: "QUEUED" } } } },
    },
  });
  return rows.map((row) => ({
    broadcastId: row.id,
    campaignTitle: row.update.campaign.title,
    updateTitle: row.update.title,
    pausedReason: row.pausedReason,
    startedAt: row.startedAt,
    waiting: row._count.recipients,
  }));
}
