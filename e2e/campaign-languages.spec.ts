import { expect, test, type Page } from "@playwright/test";
import { publishedCampaign, uniqueSlug } from "../test/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { uniqueEmail } from "./support/data";
import { openNewestEmailTo } from "./support/mailbox";

// A campaign read in each visitor's language, at the one address everybody shares.

const DEMO = "/c/save-my-friend";
const SHOTS = process.env.CHORUS_SCREENSHOTS_DIR;

/** With CHORUS_SCREENSHOTS_DIR set, keeps the page at phone and desktop width, to look at. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  const size = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

const story = (page: Page) => page.getByRole("region", { name: /Why this matters|왜 중요한가요|为什么这很重要/ });

test.describe("a Korean browser", () => {
  test.use({ locale: "ko-KR" });

  test("reads the demo campaign's Korean title and story, and is told the other languages", async ({ page }) => {
    await page.goto(DEMO);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("내 친구를 구해 주세요: 탈북민 13명의 강제 북송을 막아 주세요");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ko");
    await expect(page.getByText("제 친구 지우는 어린 남동생과 함께 북한을 떠났습니다.", { exact: false })).toBeVisible();
    await expect(page.getByText("중화인민공화국 정부", { exact: true })).toBeVisible();
    const note = page.getByTestId("campaign-languages");
    await expect(note).toContainText("이 캠페인을 한국어로 읽고 있습니다.");
    await expect(note.getByRole("link", { name: /English/ })).toHaveAttribute("href", "/c/save-my-friend?lang=en");
    await expect(note.getByRole("link", { name: /中文/ })).toHaveAttribute("lang", "zh");
    // The pasted summaries are gone from the English story: no English in the Korean one either.
    await expect(page.getByText("My friend Ji-woo")).toHaveCount(0);
    await shoot(page, "campaign-ko");
    await expectNoSeriousA11yViolations(page);
  });

  test("can read the English original from the note, and the shared address stays Korean for them", async ({ page }) => {
    await page.goto(DEMO);
    await page.getByTestId("campaign-languages").getByRole("link", { name: /English/ }).click();
    await expect(page).toHaveURL(/\?lang=en$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save my friend: stop the forced return of 13 refugees");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto(DEMO);
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "ko");
  });

  test("signs in Korean and gets the confirmation email with the Korean title", async ({ page }) => {
    const db = e2eDb();
    const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-lang"), title: "Keep the library open" });
    await db.campaignTranslation.create({
      data: {
        campaignId: campaign.id,
        language: "ko",
        title: "도서관을 지켜 주세요",
        summary: "동네 도서관이 문을 닫을 위기에 있습니다.",
        story: "우리 동네 도서관은 모두의 공간입니다.",
        isDraft: false,
      },
    });
    const email = uniqueEmail("lang");
    await page.goto(`/c/${campaign.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("도서관을 지켜 주세요");
    // The translation left the target empty: the English one shows, marked as English.
    await expect(page.getByText("The Minister of Tests", { exact: true })).toHaveAttribute("lang", "en");
    await page.getByLabel("이름", { exact: true }).fill("김민준");
    await page.getByLabel("이메일 주소", { exact: true }).fill(email);
    await page.getByLabel("국가 또는 지역").selectOption("KR");
    await page.getByRole("button", { name: "청원에 서명하기" }).click();
    await expect(page.getByTestId("sign-success")).toBeVisible();
    const received = await openNewestEmailTo(page, email);
    expect(received.subject).toBe("서명을 확인해 주세요: 도서관을 지켜 주세요");
    await page.goto(received.confirmUrl);
    await expect(page.getByText("도서관을 지켜 주세요", { exact: true })).toHaveAttribute("lang", "ko");
  });
});

test.describe("a Chinese browser", () => {
  test.use({ locale: "zh-CN" });

  test("reads the demo campaign's Chinese title and story", async ({ page }) => {
    await page.goto(DEMO);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("救救我的朋友：阻止强制遣返13名朝鲜难民");
    await expect(page.getByText("我的朋友智友带着年幼的弟弟离开了朝鲜。", { exact: false })).toBeVisible();
    await expect(page.getByTestId("campaign-languages")).toContainText("您正在以中文阅读本活动。");
    await shoot(page, "campaign-zh");
    await expectNoSeriousA11yViolations(page);
  });

  test("gets the campaign's own language, and a note saying so, where there is no Chinese text", async ({ page }) => {
    const db = e2eDb();
    const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-lang"), title: "Keep the library open" });
    await db.campaignTranslation.create({
      data: { campaignId: campaign.id, language: "ko", title: "도서관을 지켜 주세요", summary: "요약", story: "이야기", isDraft: false },
    });
    await db.campaignTranslation.create({
      data: { campaignId: campaign.id, language: "zh", title: "草稿：保护图书馆", summary: "摘要", story: "故事", isDraft: true },
    });
    await page.goto(`/c/${campaign.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keep the library open");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
    const note = page.getByTestId("campaign-languages");
    await expect(note).toContainText("本活动尚未翻译成中文，因此以其原始撰写语言英语显示。");
    await expect(note.getByRole("link")).toHaveCount(1);
    await expect(note.getByRole("link", { name: /한국어/ })).toBeVisible();
    await expect(page.getByText("草稿：保护图书馆")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("reads the source language, with a note of the languages the campaign has", async ({ page }) => {
    await page.goto(DEMO);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save my friend: stop the forced return of 13 refugees");
    await expect(story(page)).toContainText("My friend Ji-woo left North Korea with her younger brother.");
    await expect(story(page)).not.toContainText("요약");
    const note = page.getByTestId("campaign-languages");
    await expect(note).toContainText("You are reading this campaign in English.");
    await expect(note).toContainText("Also available in:");
    await expect(note.getByRole("link", { name: /한국어/ })).toHaveAttribute("href", "/c/save-my-friend?lang=ko");
    await expect(note.getByRole("link", { name: /中文/ })).toHaveAttribute("href", "/c/save-my-friend?lang=zh");
    await shoot(page, "campaign-fr");
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("link previews and search engines", () => {
  test.use({ locale: "ko-KR" });

  test("name every language's address, and describe the page in the reader's language", async ({ page }) => {
    await page.goto(DEMO);
    const head = page.locator("head");
    await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/c\/save-my-friend\?lang=en$/);
    await expect(head.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute("href", /\/c\/save-my-friend\?lang=ko$/);
    await expect(head.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", /\/c\/save-my-friend\?lang=zh$/);
    await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/c\/save-my-friend$/);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/c\/save-my-friend\?lang=ko$/);
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ko_KR");
    await expect(head.locator('meta[property="og:locale:alternate"]')).toHaveCount(2);
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/c\/save-my-friend$/);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", "내 친구를 구해 주세요: 탈북민 13명의 강제 북송을 막아 주세요");
    await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /^중국에서 체포된 탈북민 13명이/);
  });

  test("a ?lang= address opens that language without changing the visitor's own", async ({ page }) => {
    await page.goto(`${DEMO}?lang=zh`);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("救救我的朋友：阻止强制遣返13名朝鲜难民");
    // Choosing a language in the header then wins over the address's.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page).toHaveURL(/\/c\/save-my-friend$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save my friend: stop the forced return of 13 refugees");
  });
});

test("signing from a ?lang= address sends the email in that language", async ({ page }) => {
  const db = e2eDb();
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-lang"), title: "Keep the library open" });
  await db.campaignTranslation.create({
    data: { campaignId: campaign.id, language: "ko", title: "도서관을 지켜 주세요", summary: "요약", story: "이야기", isDraft: false },
  });
  const email = uniqueEmail("lang");
  // An English browser follows the note's link to the Korean version, and signs there.
  await page.goto(`/c/${campaign.slug}?lang=ko`);
  await page.getByLabel("이름", { exact: true }).fill("Ann");
  await page.getByLabel("이메일 주소", { exact: true }).fill(email);
  await page.getByLabel("국가 또는 지역").selectOption("KR");
  await page.getByRole("button", { name: "청원에 서명하기" }).click();
  await expect(page.getByTestId("sign-success")).toBeVisible();
  expect((await openNewestEmailTo(page, email)).subject).toBe("서명을 확인해 주세요: 도서관을 지켜 주세요");
});

test("the page stays cacheable per language at the same address", async ({ request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-lang"), title: "Keep the library open" });
  await e2eDb().campaignTranslation.create({
    data: { campaignId: campaign.id, language: "ko", title: "도서관을 지켜 주세요", summary: "요약", story: "이야기", isDraft: false },
  });
  const get = (language: string) => request.get(`/c/${campaign.slug}`, { headers: { "accept-language": language } });
  expect(await (await get("ko-KR")).text()).toContain("도서관을 지켜 주세요");
  const koreanAgain = await get("ko-KR");
  expect(koreanAgain.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await koreanAgain.text()).toContain("도서관을 지켜 주세요");
  const english = await get("en-US");
  expect(await english.text()).toContain("Keep the library open");
  expect(await english.text()).not.toContain("도서관을 지켜 주세요");
  const explicit = await request.get(`/c/${campaign.slug}?lang=ko`, { headers: { "accept-language": "en-US" } });
  expect(await explicit.text()).toContain("도서관을 지켜 주세요");
});
