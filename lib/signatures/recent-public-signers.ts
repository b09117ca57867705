import type { Db } from "../db";
import { coarseSignedAt } from "./coarse-signed-at";
import { publicSignerName } from "./public-signer-name";

/** `signedAt` is coarse (see coarse-signed-at.ts): the public never learns the exact minute. */
export type PublicSigner = { name: string; country: string; signedAt: string };

/** The latest confirmed signers who chose to appear: first name, country and a coarse time, nothing else. */
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
    signedAt: coarseSignedAt(row.confirmedAt ?? new Date(0)),
  }));
}
