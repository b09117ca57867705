import type { Db } from "../db";
import { countAnnouncerFor } from "../live/count-announcer";

// Any constant works; it keeps two processes from repairing at the same moment.
const RECONCILE_LOCK_ID = 72707370;

export type CountRepair = { campaignId: string; counted: number; confirmed: number };

/**
 * Recounts confirmed signatures per campaign and repairs drift in the counter shards, so a
 * bug or a manual edit in the database can never leave a wrong number on the page for long.
 * The transaction-scoped advisory lock lets one process work at a time, and it is taken in a
 * statement of its own: the recount's snapshot then starts after the lock, so it sees every
 * repair committed before (a snapshot taken before the lock could repair the same drift a
 * second time). The recount is one statement: both numbers come from its one snapshot,
 * where they must agree, and the difference is added to a shard, which commutes with
 * confirms that happen meanwhile. Returns null when another process holds the lock.
 */
export async function reconcileSignatureCounts(db: Db): Promise<CountRepair[] | null> {
  const result = await db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${RECONCILE_LOCK_ID}) AS locked`;
      if (!lock?.locked) return { locked: false, repairs: null };
      const [recount] = await tx.$queryRaw<{ repairs: CountRepair[] | null }[]>`
        WITH confirmed AS (
          SELECT "campaignId", count(*)::int AS n FROM "Signature" WHERE "status" = 'CONFIRMED' GROUP BY "campaignId"),
        counted AS (
          SELECT "campaignId", sum("count")::int AS n FROM "CampaignCounterShard" GROUP BY "campaignId"),
        drift AS (
          SELECT c."id" AS "campaignId", COALESCE(counted.n, 0) AS counted, COALESCE(confirmed.n, 0) AS confirmed
          FROM "Campaign" c
          LEFT JOIN confirmed ON confirmed."campaignId" = c."id"
          LEFT JOIN counted ON counted."campaignId" = c."id"
          WHERE COALESCE(counted.n, 0) <> COALESCE(confirmed.n, 0)),
        repaired AS (
          INSERT INTO "CampaignCounterShard" ("campaignId", "shard", "count")
          SELECT "campaignId", 0, confirmed - counted FROM drift
          ON CONFLICT ("campaignId", "shard") DO UPDATE SET "count" = "CampaignCounterShard"."count" + EXCLUDED."count"
          RETURNING "campaignId")
        SELECT (SELECT json_agg(json_build_object('campaignId', "campaignId", 'counted', counted, 'confirmed', confirmed)) FROM drift)
            AS repairs,
          (SELECT count(*) FROM repaired)::int AS "repairedRows"`;
      return { locked: true, repairs: recount?.repairs ?? null };
    },
    // A recount of a large table may take a while; the default 5 s would cut it short.
    { timeout: 300_000, maxWait: 10_000 },
  );
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
