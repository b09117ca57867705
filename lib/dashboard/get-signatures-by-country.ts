import "server-only";
import type { Db } from "../db";

/** `country` is an ISO 3166-1 alpha-2 code, as stored and as map libraries key their shapes. */
export type CountryCount = { country: string; confirmed: number };

/** Confirmed signatures per country, most first (ties by code, so the order is stable). */
export async function getSignaturesByCountry({ db, campaignId }: { db: Db; campaignId: string }): Promise<CountryCount[]> {
  const groups = await db.signature.groupBy({
    by: ["country"],
    where: { campaignId, status: "CONFIRMED" },
    _count: { _all: true },
    orderBy: [{ _count: { country: "desc" } }, { country: "asc" }],
  });
  return groups.map((group) => ({ country: group.country, confirmed: group._count._all }));
}
