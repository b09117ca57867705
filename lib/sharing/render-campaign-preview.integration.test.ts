import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { draftCampaign, inReviewCampaign, publishedCampaign, uniqueSlug } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import type { Locale } from "../i18n/locales";
import { createPreviewEmoji } from "./preview-emoji";
import { createPreviewFontLibrary } from "./preview-fonts";
import { renderCampaignPreview } from "./render-campaign-preview";

const database = withTestDatabase();
const assets = { fonts: createPreviewFontLibrary(), emoji: createPreviewEmoji() };
/** With OG_SHOTS_DIR set, keeps each image drawn here, to look at. */
const SHOTS = process.env.OG_SHOTS_DIR;

/** Width and height from the PNG's own header (IHDR, right after the 8-byte signature). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function render(slug: string, locale: Locale | null, shot?: string) {
  const png = await renderCampaignPreview({ db: database.db, slug, locale, assets });
  if (png && shot && SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(path.join(SHOTS, `${shot}.png`), png);
  }
  return png;
}

async function withCount(campaignId: string, count: number) {
  await database.db.campaignCounterShard.create({ data: { campaignId, shard: 0, count } });
}

async function translated(overrides: { title?: string; goal?: number } = {}) {
  const campaign = await publishedCampaign(database.db, { slug: uniqueSlug("og"), title: "Keep the library open", ...overrides });
  await database.db.campaignTranslation.createMany({
    data: [
      { campaignId: campaign.id, language: "ko", title: "도서관을 지켜 주세요", summary: "요약", story: "이야기", target: "교육부 장관", isDraft: false },
      { campaignId: campaign.id, language: "zh", title: "保护我们的图书馆", summary: "摘要", story: "故事", target: "教育部长", isDraft: false },
    ],
  });
  return campaign;
}

describe("renderCampaignPreview", () => {
  it("draws a 1200×630 PNG in English, Korean and Chinese, each in the reader's language", async () => {
    const campaign = await translated();
    await withCount(campaign.id, 1234);
    const images = new Map<string, Buffer>();
    for (const locale of ["en", "ko", "zh"] as const) {
      const png = await render(campaign.slug, locale, `preview-${locale}`);
      expect(png, locale).not.toBeNull();
      expect(pngSize(png!)).toEqual({ width: 1200, height: 630 });
      const metadata = await sharp(png!).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual(["png", 1200, 630]);
      // A preview, not a poster: small enough for any crawler.
      expect(png!.byteLength).toBeLessThan(200_000);
      images.set(locale, png!);
    }
    expect(new Set([...images.values()].map((png) => png.toString("base64"))).size).toBe(3);
  });

  it("draws a campaign written in Chinese in Chinese when the reader's language has no translation", async () => {
    const campaign = await publishedCampaign(database.db, { slug: uniqueSlug("og"), title: "救救我的朋友：阻止强制遣返13名朝鲜难民" });
    await database.db.campaign.update({ where: { id: campaign.id }, data: { language: "zh", target: "中华人民共和国政府" } });
    await withCount(campaign.id, 175_000);
    const png = await render(campaign.slug, "ko", "preview-zh-source-ko-reader");
    expect(pngSize(png!)).toEqual({ width: 1200, height: 630 });
  });

  it("is null for a slug no campaign has, and for campaigns that are not public", async () => {
    expect(await render(uniqueSlug("missing"), "en")).toBeNull();
    for (const campaign of [
      await draftCampaign(database.db),
      await inReviewCampaign(database.db),
      await publishedCampaign(database.db, { status: "REJECTED" }),
    ]) {
      expect(await render(campaign.slug, "en"), campaign.status).toBeNull();
    }
  });

  it("draws a 300-character title, a title with emoji, a campaign at 0 and one past its goal", async () => {
    const long = "Stop the forced repatriation of refugees and let them go free. ".repeat(5).slice(0, 300);
    const cases = [
      { shot: "preview-title-300", title: long, count: 3 },
      { shot: "preview-title-300-ko", title: "탈북민 강제 북송을 즉각 중단하고 난민 지위를 인정해 주세요. ".repeat(10).slice(0, 300), count: 3 },
      { shot: "preview-emoji", title: "Save the bees 🐝🌻 now! 👨‍👩‍👧 🙏🏽 1️⃣ 🇰🇷 © \u{1FAE9}\u{1F6DF}", count: 12 },
      { shot: "preview-zero", title: "A brand new petition", count: 0 },
      { shot: "preview-past-goal", title: "Past its goal", count: 1_500 },
    ];
    for (const { shot, title, count } of cases) {
      const campaign = await publishedCampaign(database.db, { slug: uniqueSlug("og"), title, goal: 1000 });
      if (shot.endsWith("-ko")) await database.db.campaign.update({ where: { id: campaign.id }, data: { language: "ko" } });
      if (count) await withCount(campaign.id, count);
      const png = await render(campaign.slug, null, shot);
      expect(pngSize(png!), shot).toEqual({ width: 1200, height: 630 });
    }
  });

  it("draws closed and won campaigns with their badge", async () => {
    const closed = await publishedCampaign(database.db, { slug: uniqueSlug("og"), status: "CLOSED" });
    const won = await publishedCampaign(database.db, { slug: uniqueSlug("og"), status: "WON" });
    await withCount(won.id, 1000);
    expect(pngSize((await render(closed.slug, "en", "preview-closed"))!)).toEqual({ width: 1200, height: 630 });
    expect(pngSize((await render(won.slug, "ko", "preview-won-ko"))!)).toEqual({ width: 1200, height: 630 });
  });
});
