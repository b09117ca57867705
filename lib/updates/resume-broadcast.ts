import type { Db } from "../db";

export type ResumeBroadcastResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "NOT_PAUSED" };

/**
 * Resumes a send the provider paused (a 401 or 403: the API key was revoked or lacks
 * permission), once the operator has fixed the key: its waiting batches are due at once.
 * The caller checks who may do this.
 */
export async function resumeBroadcast(db: Db, { broadcastId, now = new Date() }: { broadcastId: string; now?: Date }): Promise<ResumeBroadcastResult> {
  return db.$transaction(async (tx) => {
    const resumed = await tx.updateBroadcast.updateMany({
      where: { id: broadcastId, status: "PAUSED" },
      data: { status: "SENDING", pausedReason: null },
    });
    if (resumed.count === 0) {
      const exists = await tx.updateBroadcast.count({ where: { id: broadcastId } });
      return { ok: false, code: exists ? "NOT_PAUSED" : "NOT_FOUND" } as const;
    }
    await tx.broadcastBatch.updateMany({ where: { broadcastId, status: "PENDING" }, data: { nextAttemptAt: now } });
    console.info(`[broadcast] ${broadcastId} resumed`);
    return { ok: true } as const;
  });
}
