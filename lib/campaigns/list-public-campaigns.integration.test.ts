import { describe, expect, it } from "vitest";
import { draftCampaign, pendingSignature, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import type { CampaignStatus } from "../generated/prisma/enums";
import { Prisma } from "../generated/prisma/client";
import { parseCampaignSearch } from "./campaign-search";
import { listPublicCampaigns, searchCondition, type CampaignSection } from "./list-public-campaigns";

const database = withTestDatabase();
const now = new Date("2026-12-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const daysFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000);

type Fields = {
  title?: string;
  summary?: string;
  target?: string;
  status?: CampaignStatus;
  closesAt?: Date | null;
  publishedAt?: Date | null;
  createdAt?: Date;
};

async function campaign(fields: Fields = {}) {
  const created = await publishedCampaign(database.db, { title: fields.title ?? "A campaign" });
  return database.db.campaign.update({
    where: { id: created.id },
    data: {
      summary: fields.summary ?? "Nothing to see.",
      target: fields.target ?? "Someone",
      status: fields.status ?? "PUBLISHED",
      closesAt: fields.closesAt ?? null,
      publishedAt: fields.publishedAt ?? null,
      createdAt: fields.createdAt ?? minutesAgo(10_000),
    },
  });
}

async function confirmedSignature(campaignId: string, confirmedAt: Date) {
  const { signature } = await pendingSignature(database.db, { campaignId, secret: TEST_SECRET });
  await database.db.signature.update({ where: { id: signature.id }, data: { status: "CONFIRMED", confirmedAt } });
}

const titles = async (section: CampaignSection, query?: string, page?: number, pageSize?: number) =>
  (await listPublicCampaigns({ db: database.db, section, query, page, pageSize, now })).campaigns.map((c) => c.title);

describe("listPublicCampaigns", () => {
  it("orders by the latest confirmed signature, then by when published, then by when created", async () => {
    const signedLongAgo = await campaign({ title: "signed long ago", publishedAt: minutesAgo(500) });
    await confirmedSignature(signedLongAgo.id, minutesAgo(400));
    const signedRecently = await campaign({ title: "signed recently", publishedAt: minutesAgo(1000) });
    await confirmedSignature(signedRecently.id, minutesAgo(900));
    await confirmedSignature(signedRecently.id, minutesAgo(5));
    // A pending signature is no activity: only confirmed ones count.
    const pendingOnly = await campaign({ title: "pending only", publishedAt: minutesAgo(700) });
    await pendingSignature(database.db, { campaignId: pendingOnly.id, secret: TEST_SECRET, createdAt: minutesAgo(1) });
    await campaign({ title: "published lately", publishedAt: minutesAgo(100) });
    await campaign({ title: "never published (seeded)", publishedAt: null, createdAt: minutesAgo(300) });

    expect(await titles("open")).toEqual([
      "signed recently",
      "published lately",
      "never published (seeded)",
      "signed long ago",
      "pending only",
    ]);
  });

  it("never lists drafts, campaigns in review or rejected ones, and keeps ended ones apart", async () => {
    await campaign({ title: "open", closesAt: daysFromNow(10) });
    await campaign({ title: "closing soon", closesAt: daysFromNow(1) });
    await campaign({ title: "past its deadline", closesAt: minutesAgo(1), publishedAt: minutesAgo(30) });
    await campaign({ title: "closed", status: "CLOSED", publishedAt: minutesAgo(20) });
    await campaign({ title: "won", status: "WON", publishedAt: minutesAgo(10) });
    await draftCampaign(database.db, { title: "draft" });
    await campaign({ title: "in review", status: "IN_REVIEW" });
    await campaign({ title: "rejected", status: "REJECTED" });

    const open = await listPublicCampaigns({ db: database.db, section: "open", now });
    expect(open.campaigns.map((c) => [c.title, c.badge]).sort()).toEqual([
      ["closing soon", "closingSoon"],
      ["open", "open"],
    ]);
    expect(open.total).toBe(2);
    const ended = await listPublicCampaigns({ db: database.db, section: "ended", now });
    expect(ended.campaigns.map((c) => [c.title, c.badge])).toEqual([
      ["won", "won"],
      ["closed", "closed"],
      ["past its deadline", "closed"],
    ]);
    expect(ended.total).toBe(3);
    // Even a search that matches them all leaves the hidden ones out.
    expect((await titles("open", "e")).concat(await titles("ended", "e")).sort()).toEqual(
      ["closed", "closing soon", "open", "past its deadline", "won"].sort(),
    );
  });

  it("carries the count from the counter shards and the goal the campaign page shows, and no signer data", async () => {
    const busy = await campaign({ title: "busy" });
    await database.db.campaignCounterShard.createMany({
      data: [
        { campaignId: busy.id, shard: 0, count: 700 },
        { campaignId: busy.id, shard: 3, count: 534 },
      ],
    });
    await database.db.campaign.update({ where: { id: busy.id }, data: { goal: 1000 } });
    await confirmedSignature(busy.id, minutesAgo(1));

    const [card] = (await listPublicCampaigns({ db: database.db, section: "open", now })).campaigns;
    expect(card).toMatchObject({ title: "busy", signatureCount: 1234, goal: 2500, badge: "open" });
    expect(Object.keys(card!).sort()).toEqual(
      ["badge", "closesAt", "goal", "id", "imageAlt", "imageUrl", "language", "signatureCount", "slug", "status", "summary", "target", "targetLanguage", "title"].sort(),
    );
  });

  it("finds campaigns by words of their title, summary or target, as prefixes", async () => {
    await campaign({ title: "Clean the Han river", summary: "Plastic everywhere.", target: "Seoul City Council" });
    await campaign({ title: "Save the library", summary: "Books for everyone, open on Sundays.", target: "Mayor" });
    await campaign({ title: "Bike lanes", summary: "Safe streets.", target: "Ministry of Transport" });

    expect(await titles("open", "river")).toEqual(["Clean the Han river"]);
    expect(await titles("open", "PLASTIC")).toEqual(["Clean the Han river"]);
    expect(await titles("open", "council seoul")).toEqual(["Clean the Han river"]);
    expect(await titles("open", "libr")).toEqual(["Save the library"]);
    expect(await titles("open", "sunday")).toEqual(["Save the library"]);
    expect(await titles("open", "ministry")).toEqual(["Bike lanes"]);
    expect(await titles("open", "river library")).toEqual([]);
    expect(await titles("open", "nothing matches this")).toEqual([]);
  });

  it("finds Korean and Chinese campaigns by any part of a word", async () => {
    await campaign({ title: "한강을 깨끗하게", summary: "플라스틱 쓰레기를 줄여 주세요.", target: "서울시의회" });
    await campaign({ title: "保护长江", summary: "减少塑料垃圾。", target: "市政府" });
    await campaign({ title: "Clean the Han river", summary: "Plastic.", target: "Seoul" });

    expect(await titles("open", "한강")).toEqual(["한강을 깨끗하게"]);
    expect(await titles("open", "쓰레기")).toEqual(["한강을 깨끗하게"]);
    expect(await titles("open", "서울시 플라스틱")).toEqual(["한강을 깨끗하게"]);
    expect(await titles("open", "塑料")).toEqual(["保护长江"]);
    expect(await titles("open", "长江")).toEqual(["保护长江"]);
    expect(await titles("open", "한강 塑料")).toEqual([]);
  });

  it("treats quotes, tsquery operators and LIKE wildcards as text", async () => {
    await campaign({ title: "Fair pay: 100% of the minimum wage", summary: "Now.", target: "Employers" });
    await campaign({ title: "Another campaign", summary: "Nothing.", target: "Someone" });

    expect(await titles("open", "%")).toEqual(["Fair pay: 100% of the minimum wage"]);
    expect(await titles("open", "_")).toEqual([]);
    expect(await titles("open", "%%%")).toEqual([]);
    expect(await titles("open", "100%")).toEqual(["Fair pay: 100% of the minimum wage"]);
    expect(await titles("open", "'; DROP TABLE \"Campaign\"; --")).toEqual([]);
    expect(await titles("open", "fair & !pay | (wage):*")).toEqual(["Fair pay: 100% of the minimum wage"]);
    expect(await titles("open", "\\")).toEqual([]);
    expect(await database.db.campaign.count()).toBe(2);
  });

  it("pages through the results", async () => {
    for (let minute = 1; minute <= 5; minute++) await campaign({ title: `campaign ${minute}`, publishedAt: minutesAgo(minute) });
    const page = (n: number) => listPublicCampaigns({ db: database.db, section: "open", page: n, pageSize: 2, now });

    expect(await page(1)).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(await titles("open", undefined, 1, 2)).toEqual(["campaign 1", "campaign 2"]);
    expect(await titles("open", undefined, 2, 2)).toEqual(["campaign 3", "campaign 4"]);
    expect(await titles("open", undefined, 3, 2)).toEqual(["campaign 5"]);
    expect(await page(4)).toMatchObject({ campaigns: [], total: 5, page: 4 });
    expect((await page(-3)).page).toBe(1);
    expect((await page(Number.NaN)).page).toBe(1);
  });

  it("uses the full-text index for word searches", async () => {
    await campaign({ title: "Clean the Han river" });
    const plan = await database.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN SELECT c."id" FROM "Campaign" c WHERE ${searchCondition(parseCampaignSearch("han river"))}`,
      );
    });
    expect(JSON.stringify(plan)).toContain("Campaign_search_idx");
    expect(JSON.stringify(plan)).toContain("CampaignTranslation_search_idx");
  });
});
