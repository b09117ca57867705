import type { Db, DbTx } from "../db";

// Confirms spread over this many rows per campaign, so concurrent confirms of a viral
// campaign do not queue on one row lock. Reads sum them (16 rows from one index range).
export const COUNTER_SHARDS = 16;

export async function getSignatureCount(db: Db | DbTx, campaignId: string): Promise<number> {
  const total = await db.campaignCounterShard.aggregate({ where: { campaignId }, _sum: { count: true } });
  return total._sum.count ?? 0;
}

export async function getSignatureCounts(db: Db, campaignIds: string[]): Promise<Map<string, number>> {
  const rows = await db.campaignCounterShard.groupBy({
    by: ["campaignId"],
    where: { campaignId: { in: campaignIds } },
    _sum: { count: true },
  });
  return new Map(rows.map((row) => [row.campaignId, row._sum.count ?? 0]));
}
