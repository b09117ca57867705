import "server-only";
import type { Db } from "../db";

/** What an organizer's dashboard shows of its newest signers: never an email address. */
export type LatestSigner = { name: string; country: string; confirmedAt: Date };

export const LATEST_SIGNERS_MAX = 100;

/** The campaign's most recently confirmed signers, newest first (a backward walk of the status index). */
export async function getLatestSigners({ db, campaignId, limit = 10 }: { db: Db; campaignId: string; limit?: number }): Promise<LatestSigner[]> {
  const rows = await db.signature.findMany({
    where: { campaignId, status: "CONFIRMED" },
    orderBy: { confirmedAt: "desc" },
    take: Math.min(Math.max(Math.trunc(limit) || 1, 1), LATEST_SIGNERS_MAX),
    select: { name: true, country: true, confirmedAt: true },
  });
  return rows.map((row) => ({ name: row.name, country: row.country, confirmedAt: row.confirmedAt! }));
}
