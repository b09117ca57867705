import { describe, expect, it } from "vitest";
import { draftCampaign, person, publishedCampaign } from "../../../test/factories";
import { isStillPending, openTransaction } from "../../../test/helpers/open-transaction";
import { withTestDatabase } from "../../../test/helpers/test-database";
import { translationFormSchema, type TranslationFields } from "./translation-input";
import { saveCampaignTranslation } from "./save-campaign-translation";

const database = withTestDatabase();

const KOREAN: TranslationFields = {
  title: "강변 공원을 지켜 주세요",
  summary: "강변 공원을 모두에게 열린 푸른 공간으로 지켜 주세요.",
  story: "강변 공원은 우리 동네에 남은 **마지막 녹지**입니다. 아이들이 매일 그곳에서 놀고, 이웃들이 산책합니다.",
  target: "스프링필드 시의회",
  shareText: null,
  imageAlt: null,
  isDraft: true,
};

const korean = (overrides: Partial<TranslationFields> = {}): TranslationFields => ({ ...KOREAN, ...overrides });

async function campaignWithOrganizer(status: "DRAFT" | "PUBLISHED" | "IN_REVIEW" | "REJECTED" | "CLOSED" | "WON" = "PUBLISHED") {
  const organizer = await person(database.db);
  const campaign = status === "DRAFT" ? await draftCampaign(database.db) : await publishedCampaign(database.db, { status });
  return { organizer, campaign };
}

const save = (campaignId: string, actorId: string, fields: TranslationFields, version: number, language = "ko") =>
  saveCampaignTranslation({ db: database.db, actorId, campaignId, language, fields, version });

const stored = (campaignId: string, language = "ko") =>
  database.db.campaignTranslation.findUnique({ where: { campaignId_language: { campaignId, language } } });

const auditRows = (campaignId: string) =>
  database.db.auditLog.findMany({ where: { campaignId, action: { startsWith: "campaign.translation_" } }, orderBy: { createdAt: "asc" } });

/** The words of a stored translation, to compare with what a form sent. */
const wordsOf = (row: TranslationFields & Record<string, unknown>): TranslationFields => ({
  title: row.title,
  summary: row.summary,
  story: row.story,
  target: row.target,
  shareText: row.shareText,
  imageAlt: row.imageAlt,
  isDraft: row.isDraft,
});

describe("saveCampaignTranslation", () => {
  it("adds a translation as version 1, with an audit row naming the language and every field", async () => {
    const { organizer, campaign } = await campaignWithOrganizer();
    const result = await save(campaign.id, organizer.id, korean(), 0);
    expect(result).toEqual({ ok: true, changed: true, affectsPublicPage: false, slug: campaign.slug, version: 1 });
    expect(await stored(campaign.id)).toMatchObject({ ...KOREAN, version: 1, updatedById: organizer.id });

    const [audit, ...others] = await auditRows(campaign.id);
    expect(others).toHaveLength(0);
    expect(audit).toMatchObject({
      actorId: organizer.id,
      action: "campaign.translation_added",
      subject: "ko",
      before: null,
      after: { ...KOREAN },
    });
  });

  it("edits it: the version goes up and the audit row has the before and after of what changed only", async () => {
    const { organizer, campaign } = await campaignWithOrganizer();
    await save(campaign.id, organizer.id, korean(), 0);
    const editor = await person(database.db);
    const result = await save(campaign.id, editor.id, korean({ title: "강변 공원을 꼭 지켜 주세요", shareText: "저도 서명했어요. 함께해 주세요!" }), 1);
    expect(result).toMatchObject({ ok: true, changed: true, version: 2 });
    expect(await stored(campaign.id)).toMatchObject({ title: "강변 공원을 꼭 지켜 주세요", shareText: "저도 서명했어요. 함께해 주세요!", version: 2, updatedById: editor.id });

    const audits = await auditRows(campaign.id);
    expect(audits.map((row) => row.action)).toEqual(["campaign.translation_added", "campaign.translation_updated"]);
    expect(audits[1]).toMatchObject({
      actorId: editor.id,
      subject: "ko",
      before: { title: KOREAN.title, shareText: null },
      after: { title: "강변 공원을 꼭 지켜 주세요", shareText: "저도 서명했어요. 함께해 주세요!" },
    });
    expect(Object.keys(audits[1]!.after as object).sort()).toEqual(["shareText", "title"]);
  });

  it("writes nothing, not even an audit row or a new version, when the same text is saved again", async () => {
    const { organizer, campaign } = await campaignWithOrganizer();
    await save(campaign.id, organizer.id, korean(), 0);
    const before = await stored(campaign.id);
    const result = await save(campaign.id, organizer.id, korean(), 1);
    expect(result).toEqual({ ok: true, changed: false, affectsPublicPage: false, slug: campaign.slug, version: 1 });
    expect(await stored(campaign.id)).toEqual(before);
    expect(await auditRows(campaign.id)).toHaveLength(1);
  });

  it("says when the public page must be refreshed: a published translation of a live campaign, or one just made a draft again", async () => {
    const { organizer, campaign } = await campaignWithOrganizer();
    expect(await save(campaign.id, organizer.id, korean(), 0)).toMatchObject({ affectsPublicPage: false });
    expect(await save(campaign.id, organizer.id, korean({ isDraft: false }), 1)).toMatchObject({ affectsPublicPage: true });
    expect(await save(campaign.id, organizer.id, korean({ isDraft: false, story: `${KOREAN.story} 함께해 주세요.` }), 2)).toMatchObject({ affectsPublicPage: true });
    expect(await save(campaign.id, organizer.id, korean({ isDraft: true }), 3)).toMatchObject({ affectsPublicPage: true });

    // A draft campaign has no public page yet, whatever its translations say.
    const draft = await campaignWithOrganizer("DRAFT");
    expect(await save(draft.campaign.id, draft.organizer.id, korean({ isDraft: false }), 0)).toMatchObject({ ok: true, affectsPublicPage: false });
  });

  it("refuses a language that is not configured, and the campaign's own language", async () => {
    const { organizer, campaign } = await campaignWithOrganizer();
    expect(await save(campaign.id, organizer.id, korean(), 0, "fr")).toEqual({ ok: false, code: "LANGUAGE_NOT_CONFIGURED" });
    expect(await save(campaign.id, organizer.id, korean(), 0, "en")).toEqual({ ok: false, code: "SOURCE_LANGUAGE" });
    expect(await database.db.campaignTranslation.count()).toBe(0);
    expect(await auditRows(campaign.id)).toHaveLength(0);
  });

  it.each(["IN_REVIEW", "CLOSED", "WON"] as const)("refuses any change while the campaign is %s", async (status) => {
    const { organizer, campaign } = await campaignWithOrganizer("PUBLISHED");
    await save(campaign.id, organizer.id, korean(), 0);
    await database.db.campaign.update({ where: { id: campaign.id }, data: { status } });
    expect(await save(campaign.id, organizer.id, korean({ title: "바뀐 제목입니다" }), 1)).toEqual({ ok: false, code: "NOT_EDITABLE" });
    expect(await save(campaign.id, organizer.id, korean(), 0, "zh")).toEqual({ ok: false, code: "NOT_EDITABLE" });
    expect(await stored(campaign.id)).toMatchObject({ title: KOREAN.title, version: 1 });
    expect(await stored(campaign.id, "zh")).toBeNull();
  });

  it("lets a draft and a rejected campaign be translated, and says NOT_FOUND for a campaign that does not exist", async () => {
    for (const status of ["DRAFT", "REJECTED"] as const) {
      const { organizer, campaign } = await campaignWithOrganizer(status);
      expect(await save(campaign.id, organizer.id, korean(), 0)).toMatchObject({ ok: true, changed: true });
    }
    const organizer = await person(database.db);
    expect(await save("00000000-0000-4000-8000-000000000000", organizer.id, korean(), 0)).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses a form loaded before someone else's save (STALE), writing none of it", async () => {
    const { organizer, campaign } = await campaignWithOrganizer();
    await save(campaign.id, organizer.id, korean(), 0);
    // A second "add" form, opened before the first was saved.
    expect(await save(campaign.id, organizer.id, korean({ title: "다른 사람이 쓴 제목" }), 0)).toEqual({ ok: false, code: "STALE" });
    await save(campaign.id, organizer.id, korean({ title: "두 번째 판의 제목" }), 1);
    expect(await save(campaign.id, organizer.id, korean({ story: `${KOREAN.story} 오래된 양식에서 보낸 이야기.` }), 1)).toEqual({ ok: false, code: "STALE" });
    expect(await stored(campaign.id)).toMatchObject({ title: "두 번째 판의 제목", story: KOREAN.story, version: 2 });
    expect(await auditRows(campaign.id)).toHaveLength(2);
  });

  describe("two organizers saving the same translation at once", () => {
    const alice = (round: number) =>
      korean({ title: `앨리스의 제목 ${round}번`, summary: "앨리스가 쓴 요약입니다. 강변 공원을 지켜 주세요.", story: `앨리스가 쓴 이야기입니다. ${KOREAN.story}`, target: "시장님", isDraft: false });
    const bob = (round: number) =>
      korean({ title: `밥의 제목 ${round}번`, summary: "밥이 쓴 요약입니다. 공원을 모두에게 열어 두세요.", story: `밥이 쓴 이야기입니다. ${KOREAN.story}`, shareText: "밥도 서명했어요", imageAlt: "강가의 나무들" });

    /**
     * Both saves start while another request holds the campaign's row lock, so both have
     * read nothing yet when it is released: they really do arrive at the same moment.
     */
    async function race(campaignId: string, version: number, round: number) {
      const [first, second] = [await person(database.db), await person(database.db)];
      const blocker = await openTransaction(database.pool);
      await blocker.query(`SELECT 1 FROM "Campaign" WHERE "id" = $1 FOR UPDATE`, [campaignId]);
      const saves = Promise.all([save(campaignId, first.id, alice(round), version), save(campaignId, second.id, bob(round), version)]);
      expect(await isStillPending(saves)).toBe(true);
      await blocker.commit();
      return saves;
    }

    for (const [what, startVersion] of [["adding it", 0], ["editing it", 1]] as const) {
      it(`${what}: exactly one succeeds, the other is told STALE, and the stored row is entirely the winner's`, async () => {
        for (let round = 1; round <= 3; round++) {
          const { organizer, campaign } = await campaignWithOrganizer();
          if (startVersion === 1) await save(campaign.id, organizer.id, korean(), 0);
          const auditsBefore = (await auditRows(campaign.id)).length;

          const results = await race(campaign.id, startVersion, round);

          const succeeded = results.filter((result) => result.ok);
          const refused = results.filter((result) => !result.ok);
          expect(succeeded, JSON.stringify(results)).toHaveLength(1);
          expect(refused).toEqual([{ ok: false, code: "STALE" }]);
          const winner = results[0]!.ok ? alice(round) : bob(round);
          const row = (await stored(campaign.id))!;
          expect(wordsOf(row)).toEqual(winner);
          expect(row.version).toBe(startVersion + 1);
          expect(succeeded[0]).toMatchObject({ version: startVersion + 1 });
          expect(await auditRows(campaign.id)).toHaveLength(auditsBefore + 1);
        }
      });
    }
  });
});

describe("translationFormSchema (what the form may send)", () => {
  const form = (overrides: Record<string, string | undefined> = {}) => ({
    campaignId: "00000000-0000-4000-8000-000000000000",
    language: "ko",
    version: "0",
    title: KOREAN.title,
    summary: KOREAN.summary,
    story: KOREAN.story,
    target: "",
    shareText: "",
    imageAlt: "",
    isDraft: "on",
    ...overrides,
  });
  /** Each field's first message, as protectedAction shows it. */
  const issues = (input: Record<string, unknown>) => {
    const parsed = translationFormSchema.safeParse(input);
    if (parsed.success) return [];
    const first = new Map<string, string>();
    for (const issue of parsed.error.issues) if (!first.has(issue.path.join("."))) first.set(issue.path.join("."), issue.message);
    return [...first].map(([field, message]) => `${field}: ${message}`);
  };

  it("takes a complete form: empty optional fields fall back (null), the box ticked is a draft", () => {
    expect(translationFormSchema.parse(form())).toMatchObject({ ...KOREAN, target: null, version: 0, language: "ko" });
    expect(translationFormSchema.parse(form({ isDraft: undefined }))).toMatchObject({ isDraft: false });
  });

  it("refuses a translation without a title", () => {
    expect(issues(form({ title: "" }))).toEqual(["title: titleRequired"]);
    expect(issues(form({ title: undefined }))).toEqual(["title: titleRequired"]);
    expect(issues(form({ title: "   " }))).toEqual(["title: titleRequired"]);
  });

  it("refuses a story over 20,000 characters, and takes one of exactly 20,000", () => {
    expect(issues(form({ story: "가".repeat(20_001) }))).toEqual(["story: storyTooLong"]);
    expect(issues(form({ story: "가".repeat(20_000) }))).toEqual([]);
  });

  it("refuses a language that is not configured, and a version that is not a number", () => {
    expect(issues(form({ language: "fr" }))).toEqual(["language: languageNotConfigured"]);
    expect(issues(form({ version: "latest" }))).toEqual(["version: staleForm"]);
  });
});
