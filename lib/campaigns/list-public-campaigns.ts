import "server-only";
import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { CampaignStatus } from "../generated/prisma/enums";
import { getSignatureCounts } from "../signatures/signature-count";
import { campaignBadge, type CampaignBadge } from "./campaign-badge";
import { parseCampaignSearch, type CampaignSearch } from "./campaign-search";
import { effectiveGoal } from "./effective-goal";

export const CAMPAIGNS_PER_PAGE = 24;
/** Pages past this are not served: a deep OFFSET costs the database and helps nobody. */
export const MAX_PAGE = 500;

/** Open: published and before its deadline. Ended: closed, won, or published past its deadline. */
export type CampaignSection = "open" | "ended";

/** What a campaign's card shows: public fields and its count, never anything about a signer. */
export type PublicCampaignCard = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  target: string;
  /** The language of the title and summary: the reader's when the campaign has it, else its own. */
  language: string;
  /** The target's language: a translation may leave the target to the campaign's own language. */
  targetLanguage: string;
  imageUrl: string | null;
  imageAlt: string | null;
  status: CampaignStatus;
  closesAt: Date | null;
  signatureCount: number;
  goal: number;
  badge: CampaignBadge;
};

export type PublicCampaignPage = { campaigns: PublicCampaignCard[]; total: number; page: number; pageCount: number };

type ListPublicCampaignsOptions = {
  db: Db;
  section: CampaignSection;
  /** The search box's text, untrusted; empty lists every campaign of the section. */
  query?: string | null;
  /** The reader's language: each card shows its campaign's published translation in it, if any. */
  language?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  now?: Date;
};

type CampaignRow = Omit<PublicCampaignCard, "signatureCount" | "goal" | "badge"> & { goal: number; goalIsFixed: boolean };

/**
 * One page of the public campaigns of a section, most recently active first: by the time of
 * the latest confirmed signature, else when the campaign was published, else created.
 * Drafts, campaigns in review and rejected ones are never listed.
 */
export async function listPublicCampaigns(options: ListPublicCampaignsOptions): Promise<PublicCampaignPage> {
  const { db, section } = options;
  const now = options.now ?? new Date();
  const pageSize = options.pageSize ?? CAMPAIGNS_PER_PAGE;
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1) || 1), MAX_PAGE);
  const where = Prisma.sql`${sectionCondition(section, now)} AND ${searchCondition(parseCampaignSearch(options.query))}`;

  const [[counted], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "Campaign" c WHERE ${where}`,
    db.$queryRaw<CampaignRow[]>`
      SELECT c."id", c."slug", COALESCE(t."title", c."title") AS "title", COALESCE(t."summary", c."summary") AS "summary",
        COALESCE(t."target", c."target") AS "target", COALESCE(t."language", c."language") AS "language",
        CASE WHEN t."target" IS NULL THEN c."language" ELSE t."language" END AS "targetLanguage",
        c."imageUrl", COALESCE(t."imageAlt", c."imageAlt") AS "imageAlt", c."status", c."closesAt", c."goal", c."goalIsFixed"
      FROM "Campaign" c
      LEFT JOIN "CampaignTranslation" t
        ON t."campaignId" = c."id" AND t."language" = ${options.language ?? ""} AND NOT t."isDraft"
      LEFT JOIN LATERAL (
        -- Served backwards by the (campaignId, status, confirmedAt) index: one row per campaign.
        SELECT max(s."confirmedAt") AS "lastSignedAt" FROM "Signature" s
        WHERE s."campaignId" = c."id" AND s."status" = 'CONFIRMED'
      ) activity ON true
      WHERE ${where}
      ORDER BY COALESCE(activity."lastSignedAt", c."publishedAt", c."createdAt") DESC, c."id" DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
  ]);
  const total = counted?.total ?? 0;
  const counts = await getSignatureCounts(
    db,
    rows.map((row) => row.id),
  );
  const campaigns = rows.map(({ goalIsFixed, ...row }) => {
    const signatureCount = counts.get(row.id) ?? 0;
    return {
      ...row,
      signatureCount,
      goal: effectiveGoal(signatureCount, row.goal, goalIsFixed),
      badge: campaignBadge(row, now),
    };
  });
  return { campaigns, total, page, pageCount: Math.min(MAX_PAGE, Math.ceil(total / pageSize)) };
}

function sectionCondition(section: CampaignSection, now: Date): Prisma.Sql {
  return section === "open"
    ? Prisma.sql`(c."status" = 'PUBLISHED' AND (c."closesAt" IS NULL OR c."closesAt" > ${now}))`
    : Prisma.sql`(c."status" IN ('CLOSED', 'WON') OR (c."status" = 'PUBLISHED' AND c."closesAt" <= ${now}))`;
}

// The same expressions as the Campaign_search_idx and CampaignTranslation_search_idx
// indexes, so the planner can use them.
const CAMPAIGN_TEXT = Prisma.sql`(own."title" || ' ' || own."summary" || ' ' || own."target")`;
const TRANSLATION_TEXT = Prisma.sql`(tr."title" || ' ' || tr."summary" || ' ' || COALESCE(tr."target", ''))`;

/**
 * The WHERE condition of a search, on the campaign aliased `c`: its own text or one of its
 * published translations matches (each on its own: a campaign is not found by a Korean word
 * and an English one from different languages). A UNION rather than OR EXISTS, so that each
 * side is served by its own index.
 */
export function searchCondition(search: CampaignSearch): Prisma.Sql {
  if (search.kind === "all") return Prisma.sql`true`;
  return Prisma.sql`c."id" IN (
    SELECT own."id" FROM "Campaign" own WHERE ${textMatches(search, CAMPAIGN_TEXT)}
    UNION
    SELECT tr."campaignId" FROM "CampaignTranslation" tr WHERE NOT tr."isDraft" AND ${textMatches(search, TRANSLATION_TEXT)})`;
}

function textMatches(search: Exclude<CampaignSearch, { kind: "all" }>, text: Prisma.Sql): Prisma.Sql {
  if (search.kind === "words") return Prisma.sql`to_tsvector('simple', ${text}) @@ to_tsquery('simple', ${search.tsquery})`;
  return Prisma.join(
    search.patterns.map((pattern) => Prisma.sql`${text} ILIKE ${pattern} ESCAPE '\\'`),
    " AND ",
    "(",
    ")",
  );
}
