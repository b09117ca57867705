import type { Db } from "../db";
import { countAnnouncerFor } from "../live/count-announcer";

// Any constant works; it keeps two processes from repairing at the same moment.
const RECONCILE_LOCK_ID = 72707370;

export type CountRepair = { campaignId: string; counted: number; confirmed: number };

/**
 * Recounts confirmed signatures per campaign and repairs drift in the counter shards, so a
 * bug or a manual edit in the database can never leave a wrong number on the page for long.
 * One statement: both numbers come from its one snapshot, where they must agree, and the
 * difference is added to a shard, which commutes with confirms that happen meanwhile. The
 * transaction-scoped advisory lock lets one process work at a time. Returns null when
 * another process holds it.
 */
export async function reconcileSignatureCounts(db: Db): Promise<CountRepair[] | null> {
  const [result] = await db.$queryRaw<{ locked: boolean; repairs: CountRepair[] | null }[]>`
    WITH lock AS (SELECT pg_try_advisory_xact_lock(${RECONCILE_LOCK_ID}) AS locked),
    confirmed AS (
      SELECT "campaignId", count(*)::int AS n FROM "Signature" WHERE "status" = 'CONFIRMED' GROUP BY "campaignId"),
    counted AS (
      SELECT "campaignId", sum("count")::int AS n FROM "CampaignCounterShard" GROUP BY "campaignId"),
    drift AS (
      SELECT c."id" AS "campaignId", COALESCE(counted.n, 0) AS counted, COALESCE(confirmed.n, 0) AS confirmed
      FROM "Campaign" c
      LEFT JOIN confirmed ON confirmed."campaignId" = c."id"
      LEFT JOIN counted ON counted."campaignId" = c."id"
      WHERE (SELECT locked FROM lock) AND COALESCE(counted.n, 0) <> COALESCE(confirmed.n, 0)),
    repaired AS (
      INSERT INTO "CampaignCounterShard" ("campaignId", "shard", "count")
      SELECT "campaignId", 0, confirmed - counted FROM drift
      ON CONFLICT ("campaignId", "shard") DO UPDATE SET "count" = "CampaignCounterShard"."count" + EXCLUDED."count"
      RETURNING "campaignId")
    SELECT (SELECT locked FROM lock) AS locked,
      (SELECT json_agg(json_build_object('campaignId', "campaignId", 'counted', counted, 'confirmed', confirmed)) FROM drift)
        AS repairs,
      (SELECT count(*) FROM repaired)::int AS "repairedRows"`;
  if (!result?.locked) return null;
  const repairs = result.repairs ?? [];
  for (const repair of repairs) {
    countAnnouncerFor(db).announce(repair.campaignId);
    console.warn(
      `[counts] repaired campaign ${repair.campaignId}: counter said ${repair.counted}, confirmed signatures ${repair.confirmed}`,
    );
  }
  return repairs;
}
