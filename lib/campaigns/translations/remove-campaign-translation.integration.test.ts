import { describe, expect, it } from "vitest";
import { person, publishedCampaign } from "../../../test/factories";
import { withTestDatabase } from "../../../test/helpers/test-database";
import { removeCampaignTranslation } from "./remove-campaign-translation";
import { saveCampaignTranslation } from "./save-campaign-translation";
import type { TranslationFields } from "./translation-input";

const database = withTestDatabase();

const CHINESE: TranslationFields = {
  title: "保留河滨公园",
  summary: "让河滨公园继续作为所有人的绿地开放。",
  story: "河滨公园是我们街区**最后一片绿地**。孩子们每天都在那里玩耍，邻居们在那里散步。",
  target: null,
  shareText: "我签名了，你也来吧！",
  imageAlt: null,
  isDraft: false,
};

/** A live campaign with a Chinese translation (version 1), then put in the status under test. */
async function translated(status: "PUBLISHED" | "IN_REVIEW" | "CLOSED" = "PUBLISHED", isDraft = false) {
  const organizer = await person(database.db);
  const campaign = await publishedCampaign(database.db);
  const saved = await saveCampaignTranslation({ db: database.db, actorId: organizer.id, campaignId: campaign.id, language: "zh", fields: { ...CHINESE, isDraft }, version: 0 });
  if (!saved.ok) throw new Error(saved.code);
  if (status !== "PUBLISHED") await database.db.campaign.update({ where: { id: campaign.id }, data: { status } });
  return { organizer, campaign };
}

const remove = (campaignId: string, actorId: string, version: number, language = "zh") =>
  removeCampaignTranslation({ db: database.db, actorId, campaignId, language, version });

const translationCount = (campaignId: string) => database.db.campaignTranslation.count({ where: { campaignId } });

describe("removeCampaignTranslation", () => {
  it("deletes the translation and keeps a copy of it in the audit row", async () => {
    const { organizer, campaign } = await translated();
    expect(await remove(campaign.id, organizer.id, 1)).toEqual({ ok: true, slug: campaign.slug, affectsPublicPage: true });
    expect(await translationCount(campaign.id)).toBe(0);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { campaignId: campaign.id, action: "campaign.translation_removed" } });
    expect(audit).toMatchObject({ actorId: organizer.id, subject: "zh", before: { ...CHINESE }, after: null });
  });

  it("a draft translation was never public: the page needs no refresh", async () => {
    const { organizer, campaign } = await translated("PUBLISHED", true);
    expect(await remove(campaign.id, organizer.id, 1)).toMatchObject({ ok: true, affectsPublicPage: false });
  });

  it("refuses a removal from a page loaded before someone else's save (STALE), and a translation that is gone (NOT_FOUND)", async () => {
    const { organizer, campaign } = await translated();
    await saveCampaignTranslation({ db: database.db, actorId: organizer.id, campaignId: campaign.id, language: "zh", fields: { ...CHINESE, title: "请保留河滨公园" }, version: 1 });
    expect(await remove(campaign.id, organizer.id, 1)).toEqual({ ok: false, code: "STALE" });
    expect(await translationCount(campaign.id)).toBe(1);
    expect(await remove(campaign.id, organizer.id, 2)).toMatchObject({ ok: true });
    expect(await remove(campaign.id, organizer.id, 2)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.auditLog.count({ where: { campaignId: campaign.id, action: "campaign.translation_removed" } })).toBe(1);
  });

  it.each(["IN_REVIEW", "CLOSED"] as const)("refuses while the campaign is %s", async (status) => {
    const { organizer, campaign } = await translated(status);
    expect(await remove(campaign.id, organizer.id, 1)).toEqual({ ok: false, code: "NOT_EDITABLE" });
    expect(await translationCount(campaign.id)).toBe(1);
  });

  it("refuses a language that is not configured and the campaign's own", async () => {
    const { organizer, campaign } = await translated();
    expect(await remove(campaign.id, organizer.id, 1, "fr")).toEqual({ ok: false, code: "LANGUAGE_NOT_CONFIGURED" });
    expect(await remove(campaign.id, organizer.id, 1, "en")).toEqual({ ok: false, code: "SOURCE_LANGUAGE" });
    expect(await translationCount(campaign.id)).toBe(1);
  });
});
