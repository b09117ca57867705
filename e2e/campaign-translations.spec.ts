import { mkdir } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { inReviewCampaign, liveCampaign } from "../test/moderation-factories";
import { addToTeam, createPerson, signInAs, type TestPerson } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { mailboxAccess } from "./support/mailbox-key";

test.use({ locale: "en-US" });
// Whole journeys with axe runs, screenshots and a second browser: longer than one page's test.
test.describe.configure({ timeout: 180_000 });

const SHOTS = "/tmp/translations-shots";
const tag = () => randomBytes(3).toString("hex");

const KOREAN = {
  title: "강변 공원을 지켜 주세요",
  summary: "강변 공원을 모두에게 열린 푸른 공간으로 지켜 주세요.",
  story: ["강변 공원은 우리 동네에 남은 **마지막 녹지**입니다.", "", "- 아이들이 매일 그곳에서 놉니다", "- 수백 그루의 나무가 베어질 위기입니다"].join("\n"),
};
const CHINESE = {
  title: "保留河滨公园",
  summary: "让河滨公园继续作为所有人的绿地开放，欢迎每一位居民。",
  story: "河滨公园是我们街区最后一片绿地。孩子们每天都在那里玩耍，邻居们在那里散步。市议会打算在这里修建停车场，数百棵大树将被砍掉。请和我们一起保护它。",
};

const translations = (campaignId: string) => `/dashboard/campaigns/${campaignId}/translations`;
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const draftBox = (page: Page) => page.getByRole("checkbox", { name: /^Draft: keep this translation off the public page/ });

/** Full-page screenshots at phone and desktop widths, for a person to look at. */
async function screenshots(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Let the page settle at the new width before the full-page capture.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** A live English campaign and its owner. */
async function liveCampaignWithOwner() {
  const owner = await createPerson();
  const campaign = await liveCampaign(e2eDb(), { ownerId: owner.id, title: `Keep the river park open ${tag()}` });
  return { owner, campaign };
}

/** A visitor whose browser asks for Korean, reading the public page. */
async function koreanReader(browser: Browser) {
  const context = await browser.newContext({ locale: "ko-KR", storageState: mailboxAccess });
  const page = await context.newPage();
  return {
    heading: async (slug: string) => {
      await page.goto(`/c/${slug}`);
      return page.getByRole("heading", { level: 1 });
    },
    page,
    close: () => context.close(),
  };
}

async function signedIn(page: Page, person: TestPerson) {
  await signInAs(page.context(), person);
}

test.describe("translating a campaign", () => {
  test("an organizer adds a Korean draft, publishes it, edits it and removes it; Korean readers see it only while it is published", async ({ page, browser }) => {
    // The whole life of a translation, with four axe runs and screenshot pairs: on a busy 2-core machine it took 3 minutes.
    test.setTimeout(300_000);
    const { owner, campaign } = await liveCampaignWithOwner();
    await signedIn(page, owner);
    const reader = await koreanReader(browser);

    // From the campaign's dashboard and from its edit page.
    await page.goto(`/dashboard/campaigns/${campaign.id}/edit`);
    await expect(page.getByRole("link", { name: "Translate this campaign into other languages" })).toHaveAttribute("href", translations(campaign.id));
    await page.goto(`/dashboard/campaigns/${campaign.id}`);
    await page.getByRole("link", { name: "Translations", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${translations(campaign.id)}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Translations" })).toBeVisible();
    await expect(page.getByTestId("language-en").getByRole("heading")).toHaveText("Original, English");
    await expect(page.getByTestId("language-ko").getByTestId("translation-state")).toHaveText("Not translated");
    await expect(page.getByTestId("language-zh").getByTestId("translation-state")).toHaveText("Not translated");
    // Each link says which language it is for.
    await expect(page.getByRole("link", { name: /^(Add|Edit) .* translation$/ })).toHaveText(["Add Korean translation", "Add Chinese translation"]);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "list-empty");

    await page.getByRole("link", { name: "Add Korean translation" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Korean translation" })).toBeVisible();
    // A new translation starts as a draft; the fields and the preview are marked Korean.
    await expect(draftBox(page)).toBeChecked();
    for (const label of ["Title", "Summary", "Story (Markdown)", "Who must act (optional)", "Share text (optional)"]) {
      await expect(field(page, label)).toHaveAttribute("lang", "ko");
    }
    await expect(page.locator("#target-hint span[lang='en']")).toHaveText("The Minister of Tests");
    await field(page, "Title").fill(KOREAN.title);
    await field(page, "Summary").fill(KOREAN.summary);
    await field(page, "Story (Markdown)").fill(KOREAN.story);
    const preview = page.getByTestId("campaign-preview");
    await expect(preview.locator(".campaign__title")).toHaveText(KOREAN.title);
    await expect(preview.locator(".campaign__title")).toHaveAttribute("lang", "ko");
    await expect(preview.getByTestId("preview-story").locator("strong")).toHaveText("마지막 녹지");
    await expect(preview.getByTestId("preview-story")).toHaveAttribute("lang", "ko");
    // No target of its own yet: the original's shows, marked as English.
    await expect(preview.locator(".campaign__target strong")).toHaveText("The Minister of Tests");
    await expect(preview.locator(".campaign__target strong")).toHaveAttribute("lang", "en");
    // The original, for reference, side by side.
    await page.getByText("Original text (English)").click();
    await expect(page.getByTestId("source-text").locator("dd[lang='en']").first()).toHaveText(campaign.title);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "form-new");

    await page.getByRole("button", { name: "Save translation" }).click();
    await expect(page).toHaveURL(new RegExp(`${translations(campaign.id)}\\?done=saved&language=ko$`));
    await expect(page.getByTestId("translations-done")).toHaveText("Korean translation saved as a draft.");
    await expect(page.getByTestId("language-ko").getByTestId("translation-state")).toHaveText("Draft");
    await expect(page.getByTestId("language-ko").locator("p[lang='ko']")).toHaveText(KOREAN.title);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "list-draft");

    // A draft is never public: the Korean reader still gets the original.
    await expect(await reader.heading(campaign.slug)).toHaveText(campaign.title);

    // Published: the Korean reader reads Korean.
    await page.getByRole("link", { name: "Edit Korean translation" }).click();
    await expect(field(page, "Title")).toHaveValue(KOREAN.title);
    await draftBox(page).uncheck();
    await page.getByRole("button", { name: "Save translation" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("Korean translation published.");
    await expect(page.getByTestId("language-ko").getByTestId("translation-state")).toHaveText("Published");
    const heading = await reader.heading(campaign.slug);
    await expect(heading).toHaveText(KOREAN.title);
    await expect(heading).toHaveAttribute("lang", "ko");
    await expect(reader.page.locator(".campaign__story strong")).toHaveText("마지막 녹지");

    // An edit of the published text shows at once.
    await page.getByRole("link", { name: "Edit Korean translation" }).click();
    await field(page, "Title").fill("강변 공원을 꼭 지켜 주세요");
    await field(page, "Who must act (optional)").fill("테스트 장관");
    await page.getByRole("button", { name: "Save translation" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("Korean translation published.");
    await expect(await reader.heading(campaign.slug)).toHaveText("강변 공원을 꼭 지켜 주세요");
    await expect(reader.page.locator(".campaign__target strong")).toHaveText("테스트 장관");

    // Saving the same text again changes nothing.
    await page.getByRole("link", { name: "Edit Korean translation" }).click();
    await page.getByRole("button", { name: "Save translation" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("Nothing changed in the Korean translation.");

    // Removing takes a confirmation; Korean readers get the original again.
    await page.getByRole("link", { name: "Edit Korean translation" }).click();
    await page.getByRole("link", { name: "Remove translation…" }).click();
    await expect(page.getByTestId("remove-confirm")).toContainText("Remove the Korean translation?");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "form-remove-confirm");
    await page.getByRole("button", { name: "Yes, remove the translation" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("Korean translation removed.");
    await expect(page.getByTestId("language-ko").getByTestId("translation-state")).toHaveText("Not translated");
    await expect(await reader.heading(campaign.slug)).toHaveText(campaign.title);

    const audit = await e2eDb().auditLog.findMany({ where: { campaignId: campaign.id, subject: "ko" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual([
      "campaign.translation_added",
      "campaign.translation_updated",
      "campaign.translation_updated",
      "campaign.translation_removed",
    ]);
    await reader.close();
  });

  test("an empty title is a field error that keeps the rest; a form saved meanwhile by someone else is refused whole", async ({ page, browser }) => {
    const { owner, campaign } = await liveCampaignWithOwner();
    const coOrganizer = await createPerson();
    await addToTeam(campaign.id, coOrganizer, "ORGANIZER");
    await signedIn(page, owner);
    await page.goto(`${translations(campaign.id)}/ko`);

    await field(page, "Summary").fill(KOREAN.summary);
    await field(page, "Story (Markdown)").fill(KOREAN.story);
    await page.getByRole("button", { name: "Save translation" }).click();
    const errors = page.getByTestId("translation-form-errors");
    await expect(errors).toBeFocused();
    await expect(errors.getByRole("link")).toHaveText(["Enter a title."]);
    await expect(page.locator("#title-error")).toHaveText("Enter a title.");
    await expect(field(page, "Title")).toHaveAttribute("aria-invalid", "true");
    await expect(field(page, "Summary")).toHaveValue(KOREAN.summary);
    await expect(field(page, "Story (Markdown)")).toHaveValue(KOREAN.story);
    await expect(draftBox(page)).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "form-errors");
    expect(await e2eDb().campaignTranslation.count({ where: { campaignId: campaign.id } })).toBe(0);

    // The co-organizer saves the Korean translation while this form is still open.
    const theirs = await browser.newContext({ storageState: mailboxAccess });
    await signInAs(theirs, coOrganizer);
    const them = await theirs.newPage();
    await them.goto(`${translations(campaign.id)}/ko`);
    await field(them, "Title").fill("공동 주최자의 제목");
    await field(them, "Summary").fill(KOREAN.summary);
    await field(them, "Story (Markdown)").fill(KOREAN.story);
    await them.getByRole("button", { name: "Save translation" }).click();
    await expect(them.getByTestId("translations-done")).toHaveText("Korean translation saved as a draft.");
    await theirs.close();

    await field(page, "Title").fill(KOREAN.title);
    await page.getByRole("button", { name: "Save translation" }).click();
    await expect(errors).toHaveText(
      "Someone else saved this translation while you were editing. Your text is still in the form: copy it, then reload the page to see their version.",
    );
    await expect(field(page, "Title")).toHaveValue(KOREAN.title);
    await expect(field(page, "Story (Markdown)")).toHaveValue(KOREAN.story);
    expect(await e2eDb().campaignTranslation.findUniqueOrThrow({ where: { campaignId_language: { campaignId: campaign.id, language: "ko" } } })).toMatchObject({
      title: "공동 주최자의 제목",
      version: 1,
    });
    await page.reload();
    await expect(field(page, "Title")).toHaveValue("공동 주최자의 제목");
  });

  test("with the keyboard only: from the list to a published Chinese translation", async ({ page }) => {
    const { owner, campaign } = await liveCampaignWithOwner();
    await signedIn(page, owner);
    await page.goto(translations(campaign.id));

    /** Presses Tab until the focused element matches, as a keyboard user would. */
    async function tabTo(matches: (element: { tag: string; id: string; name: string; text: string }) => boolean, limit = 60) {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          return { tag: element?.tagName ?? "", id: element?.id ?? "", name: element?.getAttribute("name") ?? "", text: element?.textContent?.trim() ?? "" };
        });
        if (matches(focused)) return;
      }
      throw new Error("never reached by Tab");
    }

    await tabTo((element) => element.text === "Add Chinese translation");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Chinese translation" })).toBeVisible();
    await tabTo((element) => element.id === "title");
    await page.keyboard.type(CHINESE.title);
    await page.keyboard.press("Tab");
    await page.keyboard.type(CHINESE.summary);
    await page.keyboard.press("Tab");
    await page.keyboard.type(CHINESE.story);
    await tabTo((element) => element.name === "isDraft");
    await page.keyboard.press("Space");
    await expect(draftBox(page)).not.toBeChecked();
    await tabTo((element) => element.text === "Save translation");
    await page.keyboard.press("Enter");

    await expect(page.getByTestId("translations-done")).toHaveText("Chinese translation published.");
    expect(await e2eDb().campaignTranslation.findUniqueOrThrow({ where: { campaignId_language: { campaignId: campaign.id, language: "zh" } } })).toMatchObject({
      ...CHINESE,
      isDraft: false,
    });
  });

  test("without JavaScript: saving and the two-step removal work", async ({ browser }) => {
    const { owner, campaign } = await liveCampaignWithOwner();
    const noScript = await browser.newContext({ storageState: mailboxAccess, javaScriptEnabled: false });
    await signInAs(noScript, owner);
    const page = await noScript.newPage();
    await page.goto(`${translations(campaign.id)}/zh`);
    await field(page, "Title").fill(CHINESE.title);
    await field(page, "Summary").fill(CHINESE.summary);
    await field(page, "Story (Markdown)").fill(CHINESE.story);
    await page.getByRole("button", { name: "Save translation" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("Chinese translation saved as a draft.");

    await page.getByRole("link", { name: "Edit Chinese translation" }).click();
    await page.getByRole("link", { name: "Remove translation…" }).click();
    await page.getByRole("button", { name: "Yes, remove the translation" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("Chinese translation removed.");
    expect(await e2eDb().campaignTranslation.count({ where: { campaignId: campaign.id } })).toBe(0);
    await noScript.close();
  });

  test("in review: the translations can be read, not changed; unknown languages are 404, the campaign's own leads to the edit page", async ({ page }) => {
    const owner = await createPerson();
    const campaign = await inReviewCampaign(e2eDb(), { ownerId: owner.id, title: `Bus lanes ${tag()}` });
    await e2eDb().campaignTranslation.create({ data: { campaignId: campaign.id, language: "ko", ...KOREAN, isDraft: true } });
    await signedIn(page, owner);

    await page.goto(translations(campaign.id));
    await expect(page.getByTestId("translations-read-only")).toContainText("A moderator is reviewing this campaign");
    await expect(page.getByRole("link", { name: /^Add / })).toHaveCount(0);
    await page.getByRole("link", { name: "View Korean translation" }).click();
    await expect(page.getByTestId("translation-read-only")).toBeVisible();
    await expect(page.getByTestId("translation-state")).toHaveText("Draft");
    await expect(page.getByTestId("campaign-preview").locator(".campaign__title")).toHaveText(KOREAN.title);
    await expect(page.getByRole("button", { name: "Save translation" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Remove translation…" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    expect((await page.goto(`${translations(campaign.id)}/fr`))!.status()).toBe(404);
    await page.goto(`${translations(campaign.id)}/en`);
    await expect(page).toHaveURL(new RegExp(`/dashboard/campaigns/${campaign.id}/edit$`));
  });

  test("a moderator reads every language of a campaign in review, the Korean draft included", async ({ page }) => {
    const moderator = await createPerson({ role: "MODERATOR" });
    const campaign = await inReviewCampaign(e2eDb(), { title: `Park benches ${tag()}` });
    await e2eDb().campaignTranslation.createMany({
      data: [
        { campaignId: campaign.id, language: "ko", ...KOREAN, isDraft: true },
        { campaignId: campaign.id, language: "zh", ...CHINESE, target: "测试部长", isDraft: false },
      ],
    });
    await signedIn(page, moderator);

    await page.goto("/moderation");
    const item = page.getByTestId("review-item").filter({ hasText: campaign.title });
    await expect(item.getByTestId("review-languages")).toHaveText("English (original), Korean (draft), Chinese");
    await item.getByRole("link", { name: "Preview the campaign" }).click();

    const korean = page.getByTestId("moderation-translation").filter({ has: page.getByRole("heading", { name: "Korean translation (draft)" }) });
    await expect(korean.locator("dd[lang='ko']").first()).toHaveText(KOREAN.title);
    await expect(korean.locator(".story strong")).toHaveText("마지막 녹지");
    await expect(korean).toContainText("Empty: the original is shown.");
    const chinese = page.getByTestId("moderation-translation").filter({ has: page.getByRole("heading", { name: "Chinese translation", exact: true }) });
    await expect(chinese).toContainText("测试部长");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "moderation-preview");
  });
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("the list and the form read in Korean and pass axe; a campaign with an image has its description to translate", async ({ page }) => {
    const { owner, campaign } = await liveCampaignWithOwner();
    await e2eDb().campaign.update({ where: { id: campaign.id }, data: { imageUrl: "/icon.svg", imageAlt: "Children playing by the river" } });
    await signedIn(page, owner);

    await page.goto(translations(campaign.id));
    await expect(page.getByRole("heading", { level: 1, name: "번역" })).toBeVisible();
    await expect(page.getByTestId("language-en").getByRole("heading")).toHaveText("원문, 영어 English");
    await expect(page.getByRole("link", { name: /번역 (추가|수정)$/ })).toHaveText(["한국어 번역 추가", "중국어 번역 추가"]);
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "list-ko");

    await page.getByRole("link", { name: "중국어 번역 추가" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "중국어 번역" })).toBeVisible();
    const imageAlt = field(page, "이미지 설명 (선택)");
    await expect(imageAlt).toHaveAttribute("lang", "zh");
    await expect(page.locator("#imageAlt-hint span[lang='en']")).toHaveText("Children playing by the river");
    await field(page, "제목").fill(CHINESE.title);
    await field(page, "요약").fill(CHINESE.summary);
    await field(page, "이야기 (마크다운)").fill(CHINESE.story);
    await imageAlt.fill("孩子们在河边玩耍");
    const image = page.getByTestId("campaign-preview").getByRole("img", { name: "孩子们在河边玩耍" });
    await expect(image).toHaveAttribute("lang", "zh");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "form-ko");

    await page.getByRole("button", { name: "번역 저장" }).click();
    await expect(page.getByTestId("translations-done")).toHaveText("중국어 번역을 초안으로 저장했습니다.");
    expect(await e2eDb().campaignTranslation.findUniqueOrThrow({ where: { campaignId_language: { campaignId: campaign.id, language: "zh" } } })).toMatchObject({
      imageAlt: "孩子们在河边玩耍",
      isDraft: true,
    });
  });
});
