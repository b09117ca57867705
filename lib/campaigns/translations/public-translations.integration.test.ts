import { describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../../test/helpers/test-database";
import type { Db } from "../../db";
import { findConfirmation } from "../../signatures/find-confirmation";
import { resendConfirmationByToken, RESEND_INTERVAL_MS } from "../../signatures/resend-confirmation";
import { signPetition } from "../../signatures/sign-petition";
import { signatureInputSchema } from "../../signatures/signature-input";
import { DEMO_CAMPAIGN_SLUG, demoCampaign, seedDemoCampaign } from "../demo-campaign";
import { getPublicCampaign, toCampaignJson } from "../get-public-campaign";
import { listPublicCampaigns } from "../list-public-campaigns";

// The reader's side of translations, on a real database: which text each language gets,
// and where a campaign's other languages show up (search, cards, emails, the JSON API).

const database = withTestDatabase();

type TranslationOverrides = Partial<{ title: string; summary: string; story: string; target: string | null; isDraft: boolean }>;

async function translate(db: Db, campaignId: string, language: string, overrides: TranslationOverrides = {}) {
  return db.campaignTranslation.create({
    data: {
      campaignId,
      language,
      title: overrides.title ?? `Title in ${language}`,
      summary: overrides.summary ?? `Summary in ${language}`,
      story: overrides.story ?? `Story in ${language}`,
      target: overrides.target === undefined ? `Target in ${language}` : overrides.target,
      isDraft: overrides.isDraft ?? false,
    },
  });
}

describe("a public campaign in the reader's language", () => {
  it("shows the published translation, the source for a language it lacks, never a draft", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "강을 풀어 주세요" });
    await translate(database.db, campaign.id, "zh", { title: "草稿标题", isDraft: true });

    const korean = await getPublicCampaign(database.db, campaign.slug, { language: "ko" });
    expect(korean?.localized).toMatchObject({ language: "ko", isFallback: false, languages: ["en", "ko"] });
    expect(korean?.localized.text).toMatchObject({ title: "강을 풀어 주세요", story: "Story in ko", target: "Target in ko" });

    const chinese = await getPublicCampaign(database.db, campaign.slug, { language: "zh" });
    expect(chinese?.localized).toMatchObject({ language: "en", isFallback: true, languages: ["en", "ko"] });
    expect(chinese?.localized.text.title).toBe("Free the river");

    const own = await getPublicCampaign(database.db, campaign.slug);
    expect(own?.localized).toMatchObject({ language: "en", isFallback: false, text: { title: "Free the river" } });
  });

  it("takes an empty target from the source language", async () => {
    const campaign = await publishedCampaign(database.db);
    await translate(database.db, campaign.id, "zh", { target: null });
    const chinese = await getPublicCampaign(database.db, campaign.slug, { language: "zh" });
    expect(chinese?.localized.text.target).toBe(campaign.target);
    expect(chinese?.localized.fieldLanguage.target).toBe("en");
  });

  it("answers the JSON API in the asked-for language, and lists the languages", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "강을 풀어 주세요", summary: "한국어 요약" });
    const korean = await getPublicCampaign(database.db, campaign.slug, { language: "ko" });
    expect(toCampaignJson(korean!, "http://chorus.test")).toMatchObject({
      title: "강을 풀어 주세요",
      summary: "한국어 요약",
      language: "ko",
      languages: ["en", "ko"],
      url: `http://chorus.test/c/${campaign.slug}`,
    });
  });
});

describe("search and cards in every language", () => {
  const now = new Date();
  const search = (query: string, language?: string) =>
    listPublicCampaigns({ db: database.db, section: "open", query, language, now }).then((page) => page.campaigns);

  it("finds a campaign by the words of any of its published translations", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "강을 풀어 주세요", summary: "하천 보호 캠페인" });
    await translate(database.db, campaign.id, "zh", { title: "拯救河流", summary: "保护河流的请愿" });
    await publishedCampaign(database.db, { title: "Another campaign entirely" });

    expect((await search("하천")).map((card) => card.id)).toEqual([campaign.id]);
    expect((await search("河流")).map((card) => card.id)).toEqual([campaign.id]);
    expect((await search("Target in zh")).map((card) => card.id)).toEqual([campaign.id]);
    expect((await search("river")).map((card) => card.id)).toEqual([campaign.id]);
  });

  it("does not find a campaign by a draft translation's words", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "비공개 초안 제목", isDraft: true });
    expect(await search("초안")).toEqual([]);
  });

  it("shows each card in the reader's language when the campaign has it", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "강을 풀어 주세요", target: null });
    const [korean] = await search("", "ko");
    expect(korean).toMatchObject({ id: campaign.id, title: "강을 풀어 주세요", language: "ko", target: campaign.target, targetLanguage: "en" });
    const [chinese] = await search("", "zh");
    expect(chinese).toMatchObject({ title: "Free the river", language: "en", targetLanguage: "en" });
  });
});

describe("confirmation emails and page in the signer's language", () => {
  const input = signatureInputSchema.parse({ name: "Min-jun", email: "min@example.org", country: "KR" });

  async function emailedTitle(email: string) {
    const message = await database.db.emailMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
    return (message.payload as { campaignTitle: string }).campaignTitle;
  }

  it("names the campaign in the signer's language when it has it, else in its own", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "강을 풀어 주세요" });
    await translate(database.db, campaign.id, "zh", { title: "草稿标题", isDraft: true });
    const sign = (email: string, locale: "en" | "ko" | "zh") =>
      signPetition({ db: database.db, secret: TEST_SECRET, campaignSlug: campaign.slug, input: { ...input, email }, locale, ipHash: null });

    await sign("ko@example.org", "ko");
    await sign("zh@example.org", "zh");
    await sign("en@example.org", "en");
    expect(await emailedTitle("ko@example.org")).toBe("강을 풀어 주세요");
    expect(await emailedTitle("zh@example.org")).toBe("Free the river");
    expect(await emailedTitle("en@example.org")).toBe("Free the river");
  });

  it("re-sends the link with the translated title, and the confirm page has it", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the river" });
    await translate(database.db, campaign.id, "ko", { title: "강을 풀어 주세요" });
    const { signature, token } = await pendingSignature(database.db, {
      campaignId: campaign.id,
      secret: TEST_SECRET,
      confirmationSentAt: new Date(Date.now() - RESEND_INTERVAL_MS - 1000),
    });
    await database.db.signature.update({ where: { id: signature.id }, data: { locale: "ko" } });
    expect(await resendConfirmationByToken({ db: database.db, token })).toBe(true);
    expect(await emailedTitle(signature.email)).toBe("강을 풀어 주세요");

    const lookup = await findConfirmation({ db: database.db, token });
    expect(lookup.campaign).toMatchObject({ title: "Free the river", language: "en", translations: [{ language: "ko", title: "강을 풀어 주세요" }] });
  });
});

describe("the demo campaign", () => {
  it("is seeded in English, Korean and Chinese, without summaries pasted into its story", async () => {
    expect(await seedDemoCampaign(database.db)).toEqual({ created: true });
    for (const language of ["ko", "zh"] as const) {
      const demo = await getPublicCampaign(database.db, DEMO_CAMPAIGN_SLUG, { language });
      expect(demo?.localized).toMatchObject({ language, isFallback: false, languages: ["en", "ko", "zh"] });
    }
    const english = await getPublicCampaign(database.db, DEMO_CAMPAIGN_SLUG, { language: "en" });
    expect(english?.localized.text.story).not.toMatch(/[\p{Script=Hangul}\p{Script=Han}]/u);
    expect(await seedDemoCampaign(database.db)).toEqual({ created: false });
  });

  it("moves the summaries an older seed pasted into the story into translations", async () => {
    const pasted = `${demoCampaign.story}\n\n---\n\n### 요약 (한국어)\n한국어 요약.\n\n### 摘要（中文）\n中文摘要。`;
    await database.db.campaign.create({ data: { ...demoCampaign, story: pasted } });
    expect(await seedDemoCampaign(database.db)).toEqual({ created: false });
    const demo = await database.db.campaign.findUniqueOrThrow({
      where: { slug: DEMO_CAMPAIGN_SLUG },
      select: { story: true, translations: { select: { language: true }, orderBy: { language: "asc" } } },
    });
    expect(demo.story).toBe(demoCampaign.story);
    expect(demo.translations).toEqual([{ language: "ko" }, { language: "zh" }]);
  });

  it("leaves an edited demo campaign alone", async () => {
    await database.db.campaign.create({ data: { ...demoCampaign, story: "An organizer rewrote this story entirely." } });
    await seedDemoCampaign(database.db);
    const demo = await database.db.campaign.findUniqueOrThrow({ where: { slug: DEMO_CAMPAIGN_SLUG }, select: { story: true, _count: { select: { translations: true } } } });
    expect(demo).toEqual({ story: "An organizer rewrote this story entirely.", _count: { translations: 0 } });
  });
});
