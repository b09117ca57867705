import type { DbTx } from "../db";

/** The PostgreSQL NOTIFY channel that tells every process a campaign's count changed. */
export const COUNT_CHANNEL = "chorus_signature_count";

/** Queues the notification in the caller's transaction: PostgreSQL delivers it on commit, never on rollback. */
export async function notifyCountChanged(tx: DbTx, campaignId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${COUNT_CHANNEL}, ${campaignId})`;
}
