import type { Db } from "../db";

export type ClaimedBatch = {
  id: string;
  broadcastId: string;
  seq: number;
  idempotencyKey: string;
  attempts: number;
  lockedUntil: Date;
  preparedAt: Date | null;
};

/**
 * Claims up to `limit` due batches of broadcasts that are sending (not paused) with FOR
 * UPDATE SKIP LOCKED, so workers in any number of processes take disjoint batches; each
 * claim holds for `leaseSeconds` and counts as an attempt.
 */
export async function claimDueBatches(db: Db, now: Date, limit: number, leaseSeconds: number): Promise<ClaimedBatch[]> {
  return db.$queryRaw<ClaimedBatch[]>`
    UPDATE "BroadcastBatch" AS batch
    SET "lockedUntil" = ${now}::timestamptz + make_interval(secs => ${leaseSeconds}), "attempts" = batch."attempts" + 1
    WHERE batch."id" IN (
      SELECT due."id" FROM "BroadcastBatch" AS due
      JOIN "UpdateBroadcast" AS broadcast ON broadcast."id" = due."broadcastId"
      WHERE due."status" = 'PENDING' AND due."nextAttemptAt" <= ${now}
        AND (due."lockedUntil" IS NULL OR due."lockedUntil" < ${now})
        AND broadcast."status" = 'SENDING'
      ORDER BY due."nextAttemptAt", due."seq"
      LIMIT ${limit}
      FOR UPDATE OF due SKIP LOCKED)
    RETURNING batch."id", batch."broadcastId", batch."seq", batch."idempotencyKey", batch."attempts", batch."lockedUntil", batch."preparedAt"`;
}

/**
 * Extends this worker's claim from `now`, only while it still holds it (same lease as it
 * last saw) and the batch is pending. Null means another worker has the batch: do not send.
 */
export async function renewBatchLease(db: Db, batch: { id: string; lockedUntil: Date }, now: Date, leaseSeconds: number): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ lockedUntil: Date }[]>`
    UPDATE "BroadcastBatch"
    SET "lockedUntil" = ${now}::timestamptz + make_interval(secs => ${leaseSeconds})
    WHERE "id" = ${batch.id}::uuid AND "lockedUntil" = ${batch.lockedUntil} AND "status" = 'PENDING'
    RETURNING "lockedUntil"`;
  return row?.lockedUntil ?? null;
}
