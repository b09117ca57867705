import type { Db } from "../db";
import { publicSignerName } from "./public-signer-name";

export type PublicSigner = { name: string; country: string; signedAt: string };

/** The latest confirmed signers who chose to appear: first name and country, nothing else. */
export async function recentPublicSigners(db: Db, campaignId: string, limit = 5): Promise<PublicSigner[]> {
  const rows = await db.signature.findMany({
    where: { campaignId, status: "CONFIRMED", showPublicly: true },
    orderBy: { confirmedAt: "desc" },
    take: limit,
    select: { name: true, country: true, confirmedAt: true },
  });
  return rows.map((row) => ({
    name: publicSignerName(row.name),
    country: row.country,
    signedAt: (row.confirmedAt ?? new Date(0)).toISOString(),
  }));
}
