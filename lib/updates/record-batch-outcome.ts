import type { Db } from "../db";

type HeldBatch = { id: string; broadcastId: string; lockedUntil: Date };

/**
 * The batch was accepted: it and its recipients are SENT, each with the provider's id (the
 * answer's ids come in the order the emails were sent). Only while this worker still holds
 * the claim; otherwise the worker that took it over records the same answer.
 */
export async function recordBatchSent(db: Db, batch: HeldBatch, signatureIds: string[], providerIds: string[], now: Date): Promise<boolean> {
  // One statement, so atomic: the recipients are marked only if the batch was still ours.
  const [outcome] = await db.$queryRaw<{ marked: number }[]>`
    WITH marked AS (
      UPDATE "BroadcastBatch" SET "status" = 'SENT', "sentAt" = ${now}, "lockedUntil" = NULL, "lastError" = NULL
      WHERE "id" = ${batch.id}::uuid AND "lockedUntil" = ${batch.lockedUntil} AND "status" = 'PENDING'
      RETURNING "id"
    ), recipients AS (
      UPDATE "BroadcastRecipient" AS recipient SET "status" = 'SENT', "providerId" = sent."providerId", "error" = NULL
      FROM unnest(${signatureIds}::uuid[], ${providerIds}::text[]) AS sent("signatureId", "providerId"), marked
      WHERE recipient."broadcastId" = ${batch.broadcastId}::uuid AND recipient."signatureId" = sent."signatureId"
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM marked)::int AS "marked"`;
  return (outcome?.marked ?? 0) > 0;
}

/** The batch can never be sent (a refused request, or 48 hours of failures): it and its waiting recipients are FAILED. */
export async function recordBatchFailed(db: Db, batch: HeldBatch, error: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const marked = await tx.$executeRaw`
      UPDATE "BroadcastBatch" SET "status" = 'FAILED', "lockedUntil" = NULL, "lastError" = ${error}
      WHERE "id" = ${batch.id}::uuid AND "lockedUntil" = ${batch.lockedUntil} AND "status" = 'PENDING'`;
    if (marked === 0) return false;
    await tx.$executeRaw`
      UPDATE "BroadcastRecipient" SET "status" = 'FAILED', "error" = ${error}
      WHERE "batchId" = ${batch.id}::uuid AND "status" = 'QUEUED'`;
    return true;
  });
}

/** A transient failure: the batch waits until `nextAttemptAt`, same key, same recipients. */
export async function recordBatchRetry(db: Db, batch: HeldBatch, error: string, nextAttemptAt: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "BroadcastBatch" SET "lockedUntil" = NULL, "lastError" = ${error}, "nextAttemptAt" = ${nextAttemptAt}
    WHERE "id" = ${batch.id}::uuid AND "lockedUntil" = ${batch.lockedUntil} AND "status" = 'PENDING'`;
}

/**
 * The provider refused the API key (401/403): every batch would fail the same way, so the
 * whole broadcast pauses with the reason until an operator fixes the key and resumes it
 * (resumeBroadcast). The batch goes back unspent: the attempt is not counted.
 */
export async function pauseBroadcast(db: Db, batch: HeldBatch, reason: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      UPDATE "BroadcastBatch" SET "lockedUntil" = NULL, "lastError" = ${reason}, "attempts" = "attempts" - 1
      WHERE "id" = ${batch.id}::uuid AND "lockedUntil" = ${batch.lockedUntil} AND "status" = 'PENDING'`;
    await tx.$executeRaw`
      UPDATE "UpdateBroadcast" SET "status" = 'PAUSED', "pausedReason" = ${reason}
      WHERE "id" = ${batch.broadcastId}::uuid AND "status" = 'SENDING'`;
  });
}

/** The broadcast is DONE once no batch is pending. Returns whether this call finished it. */
export async function finishBroadcastIfDone(db: Db, broadcastId: string, now: Date): Promise<boolean> {
  const finished = await db.$executeRaw`
    UPDATE "UpdateBroadcast" SET "status" = 'DONE', "finishedAt" = ${now}
    WHERE "id" = ${broadcastId}::uuid AND "status" = 'SENDING'
      AND NOT EXISTS (SELECT 1 FROM "BroadcastBatch" WHERE "broadcastId" = ${broadcastId}::uuid AND "status" = 'PENDING')`;
  return finished > 0;
}
