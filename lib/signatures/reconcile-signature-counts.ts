import type { Db } from "../db";
import { notifyCountChanged } from "../live/count-channel";

// Any constant works; it keeps two processes from repairing at the same moment.
const RECONCILE_LOCK_ID = 72707370;

export type CountRepair = { campaignId: string; counted: number; confirmed: number };

/**
 * Recounts confirmed signatures per campaign and repairs drift in the counter shards, so a
 * bug or a manual edit in the database can never leave a wrong number on the page for long.
 * Both numbers come from one statement, so from one snapshot, where they must agree; the
 * difference is then added to a shard, which commutes with confirms that happen meanwhile.
 * Returns null when another process is reconciling.
 */
export async function reconcileSignatureCounts(db: Db): Promise<CountRepair[] | null> {
  const repairs = await db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${RECONCILE_LOCK_ID}) AS locked`;
    if (!lock?.locked) return null;
    const drift = await tx.$queryRaw<CountRepair[]>`
      WITH confirmed AS (
        SELECT "campaignId", count(*)::int AS n FROM "Signature" WHERE "status" = 'CONFIRMED' GROUP BY "campaignId"),
      counted AS (
        SELECT "campaignId", sum("count")::int AS n FROM "CampaignCounterShard" GROUP BY "campaignId")
      SELECT c."id" AS "campaignId", COALESCE(counted.n, 0) AS counted, COALESCE(confirmed.n, 0) AS confirmed
      FROM "Campaign" c
      LEFT JOIN confirmed ON confirmed."campaignId" = c."id"
      LEFT JOIN counted ON counted."campaignId" = c."id"
      WHERE COALESCE(counted.n, 0) <> COALESCE(confirmed.n, 0)`;
    for (const repair of drift) {
      await tx.$executeRaw`
        INSERT INTO "CampaignCounterShard" ("campaignId", "shard", "count")
        VALUES (${repair.campaignId}::uuid, 0, ${repair.confirmed - repair.counted})
        ON CONFLICT ("campaignId", "shard") DO UPDATE
        SET "count" = "CampaignCounterShard"."count" + EXCLUDED."count"`;
      await notifyCountChanged(tx, repair.campaignId);
    }
    return drift;
  });
  for (const repair of repairs ?? []) {
    console.warn(
      `[counts] repaired campaign ${repair.campaignId}: counter said ${repair.counted}, confirmed signatures ${repair.confirmed}`,
    );
  }
  return repairs;
}
