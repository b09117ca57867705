import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { publicSignerName } from "../signatures/public-signer-name";

/** Signatures a signer's link brought: directly, and in all, through the links of those it brought too. */
export type ReferralReach = { direct: number; total: number };

/** How many generations of links are followed: far beyond any real chain, a bound on the work. */
const MAX_DEPTH = 100;

/**
 * The confirmed signatures that came through a referral code: those made from its link
 * (direct), and everyone down the chain A → B → C (total). A pending signature in the
 * middle is not counted, but the chain is followed through it: its link was shared all the
 * same. Codes only ever point at older signatures, so a chain cannot loop.
 */
export async function referralReach(db: Db, referralCode: string): Promise<ReferralReach> {
  const [row] = await db.$queryRaw<{ direct: number; total: number }[]>`
    WITH RECURSIVE owner AS (
      SELECT "campaignId" FROM "Signature" WHERE "referralCode" = ${referralCode}
    ), chain AS (
      SELECT s."referralCode", s."status", 1 AS depth
      FROM "Signature" s, owner WHERE s."campaignId" = owner."campaignId" AND s."referredBy" = ${referralCode}
      UNION ALL
      SELECT s."referralCode", s."status", chain.depth + 1
      FROM chain JOIN "Signature" s ON s."referredBy" = chain."referralCode", owner
      WHERE s."campaignId" = owner."campaignId" AND chain.depth < ${MAX_DEPTH}
    )
    SELECT (count(*) FILTER (WHERE depth = 1 AND "status" = 'CONFIRMED'))::int AS "direct",
      (count(*) FILTER (WHERE "status" = 'CONFIRMED'))::int AS "total"
    FROM chain`;
  return { direct: row?.direct ?? 0, total: row?.total ?? 0 };
}

/** Where a campaign's confirmed signatures came from: a share button's network, a utm tag, a signer's link, or nowhere known. */
export type SignatureChannel = { channel: string; signatures: number; lastWeek: number };

/** The channel of a signature, as the organizer's table names it. */
const CHANNEL = Prisma.sql`COALESCE(s."source", s."utmSource", CASE WHEN s."referredBy" IS NOT NULL THEN 'link' ELSE 'direct' END)`;

export async function signaturesByChannel(db: Db, campaignId: string, now = new Date()): Promise<SignatureChannel[]> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 60 * 60 * 1000);
  return db.$queryRaw<SignatureChannel[]>`
    SELECT ${CHANNEL} AS "channel", count(*)::int AS "signatures",
      (count(*) FILTER (WHERE s."confirmedAt" > ${weekAgo}))::int AS "lastWeek"
    FROM "Signature" s
    WHERE s."campaignId" = ${campaignId}::uuid AND s."status" = 'CONFIRMED'
    GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50`;
}

/** Confirmed signatures per day and channel, for the last `days` days (UTC), oldest first. */
export async function channelsByDay(db: Db, campaignId: string, days: number, now = new Date()) {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (days - 1)));
  return db.$queryRaw<{ day: Date; channel: string; signatures: number }[]>`
    SELECT date_trunc('day', s."confirmedAt") AS "day", ${CHANNEL} AS "channel", count(*)::int AS "signatures"
    FROM "Signature" s
    WHERE s."campaignId" = ${campaignId}::uuid AND s."status" = 'CONFIRMED' AND s."confirmedAt" >= ${since}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/**
 * A signer whose link brought others, as organizers see them: a first name (as the public
 * ticker shortens it) and a country, never an address.
 */
export type TopReferrer = { firstName: string; country: string } & ReferralReach;

/**
 * The signers whose links brought the most confirmed signatures directly, with everyone
 * down their chains (a tie goes to the longer chain). Only confirmed signers are listed.
 */
export async function topReferrers(db: Db, campaignId: string, limit = 10): Promise<TopReferrer[]> {
  const rows = await db.$queryRaw<{ referralCode: string; name: string; country: string; direct: number }[]>`
    SELECT referrer."referralCode", referrer."name", referrer."country", count(*)::int AS "direct"
    FROM "Signature" s
    JOIN "Signature" referrer ON referrer."referralCode" = s."referredBy"
    WHERE s."campaignId" = ${campaignId}::uuid AND s."status" = 'CONFIRMED' AND referrer."status" = 'CONFIRMED'
    GROUP BY referrer."referralCode", referrer."name", referrer."country"
    ORDER BY "direct" DESC, referrer."referralCode" LIMIT ${limit}`;
  const referrers = await Promise.all(
    rows.map(async (row) => ({
      firstName: publicSignerName(row.name),
      country: row.country,
      ...(await referralReach(db, row.referralCode)),
    })),
  );
  return referrers.sort((a, b) => b.direct - a.direct || b.total - a.total);
}
