import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { publishedCampaign, uniqueSlug } from "../test/factories";
import { addToTeam, createPerson, signInAs } from "./support/auth";
import { e2eDb } from "./support/database";
import { openNewestLinkTo } from "./support/mailbox";

test.use({ locale: "en-US" });
// Whole journeys with several axe runs and screenshots: longer than one page's test.
test.describe.configure({ timeout: 180_000 });

const SHARE_TEXT = "I signed to keep the river park green. Will you?";

const STORY = [
  "The river park is the **last green space** in our neighbourhood.",
  "",
  "- Children play there every day",
  "- Hundreds of trees would be cut down",
].join("\n");

/** A small real PNG, made the way a camera app would hand one over. */
async function parkPng(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 336, channels: 3, background: { r: 46, g: 125, b: 80 } } })
    .png()
    .toBuffer();
}

/** A slow typist on a phone: about 35 words a minute. */
const TYPING_PER_MINUTE = 175;
const typed = (title: string) =>
  [title, "The City Council of Springfield", "Keep the river park green and open to everyone who lives here.", STORY, "2,500"]
    .concat(["Children playing under the trees by the river", "#SaveRiverPark", SHARE_TEXT])
    .join("").length;

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function fillCampaign(page: Page, values: { title: string; story?: string; goal?: string }) {
  await field(page, "Title").fill(values.title);
  await field(page, "Who can make this happen?").fill("The City Council of Springfield");
  await field(page, "Summary").fill("Keep the river park green and open to everyone who lives here.");
  await field(page, "Your story").fill(values.story ?? STORY);
  await field(page, "Signature goal").fill(values.goal ?? "2,500");
}

/** Time spent checking (axe, screenshots) rather than doing what a person does; left out of the journey's time. */
let checking = 0;
async function timedCheck(work: () => Promise<unknown>) {
  const started = Date.now();
  await work();
  checking += Date.now() - started;
}

async function screenshots(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("starting a campaign", () => {
  test("an organizer starts one with an image, saves a draft, sees the preview and submits it for review", async ({ page, context }) => {
    const moderator = await createPerson({ role: "MODERATOR" });
    // Anonymous visitors are sent to sign in and come back.
    await page.goto("/start");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstart$/);

    const organizer = await createPerson();
    await signInAs(context, organizer);
    const started = Date.now();
    checking = 0;
    await page.goto("/start");
    await expect(page.getByRole("heading", { level: 1, name: "Start a campaign" })).toBeVisible();
    await timedCheck(async () => {
      await expectNoSeriousA11yViolations(page);
      await screenshots(page, "start-en");
    });

    const title = `Keep the river park open ${randomBytes(3).toString("hex")}`;
    await fillCampaign(page, { title });
    // The live preview follows the typing, rendered like the public page.
    const preview = page.getByTestId("campaign-preview");
    await expect(preview.getByText(title)).toBeVisible();
    await expect(preview.locator(".story strong")).toHaveText("last green space");
    await expect(preview.locator(".story li")).toHaveCount(2);
    // The web address is suggested from the title.
    await expect(field(page, "Web address")).toHaveValue(/^keep-the-river-park-open-[0-9a-f]{6}$/);

    await field(page, "Image (optional)").setInputFiles({ name: "park.png", mimeType: "image/png", buffer: await parkPng() });
    await expect(preview.locator("img")).toHaveAttribute("src", /^blob:/);
    await field(page, "Describe the image").fill("Children playing under the trees by the river");
    await expect(preview.getByRole("img", { name: "Children playing under the trees by the river" })).toBeVisible();
    await field(page, "Hashtag (optional)").fill("#SaveRiverPark");
    await field(page, "Share text (optional)").fill(SHARE_TEXT);
    await page.getByRole("button", { name: "Save draft" }).click();

    await expect(page).toHaveURL(/\/dashboard\/campaigns\/[0-9a-f-]{36}\/edit\?done=saved$/);
    await expect(page.getByTestId("edit-done")).toHaveText("Saved. Your campaign is a draft until you submit it.");
    await expect(page.getByTestId("campaign-status")).toHaveText("Draft");
    await expect(field(page, "Title")).toHaveValue(title);
    await expect(field(page, "Hashtag (optional)")).toHaveValue("SaveRiverPark");
    await expect(field(page, "Share text (optional)")).toHaveValue(SHARE_TEXT);
    await expect(page.getByTestId("campaign-preview").locator(".story strong")).toHaveText("last green space");
    const image = page.getByRole("img", { name: "Children playing under the trees by the river" }).first();
    await expect(image).toHaveAttribute("src", /^\/media\/campaigns\/[0-9a-f]{32}\.webp$/);
    const campaign = await e2eDb().campaign.findFirstOrThrow({ where: { title }, include: { members: true } });
    await timedCheck(async () => {
      expect((await page.request.get((await image.getAttribute("src"))!)).headers()["content-type"]).toBe("image/webp");
      await expectNoSeriousA11yViolations(page);
      await screenshots(page, "edit-draft-en");
      expect(campaign).toMatchObject({ status: "DRAFT", ownerId: organizer.id, goal: 2500, hashtag: "SaveRiverPark", shareText: SHARE_TEXT });
      expect(campaign.members).toEqual([expect.objectContaining({ userId: organizer.id, role: "OWNER" })]);
    });

    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("In review");
    const elapsed = Date.now() - started;
    console.log(
      `[journey] signed in → campaign with an image saved, then submitted for review: ${((elapsed - checking) / 1000).toFixed(1)} s of page work ` +
        `(${(elapsed / 1000).toFixed(1)} s with the test's own axe runs and screenshots); the ${typed(title)} characters typed take ` +
        `${((typed(title) / TYPING_PER_MINUTE) * 60).toFixed(0)} s more at ${TYPING_PER_MINUTE} characters a minute`,
    );
    await expect(page.getByTestId("edit-done")).toContainText("Submitted. A moderator will review your campaign");
    await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The moderators hear of it.
    const { subject, url } = await openNewestLinkTo(page, moderator.email, "/moderation");
    expect(subject).toBe(`A campaign is waiting for review: ${title}`);
    expect(new URL(url).pathname).toBe("/moderation");
    expect(await e2eDb().auditLog.count({ where: { campaignId: campaign.id, action: "campaign.submitted" } })).toBe(1);
  });

  test("bad inputs each get a field message and keep what was typed", async ({ page, context }) => {
    await signInAs(context, await createPerson());
    await page.goto("/start");
    await fillCampaign(page, { title: "Fix the broken streetlights", goal: "0" });
    await field(page, "Deadline (optional)").fill("2020-01-01");
    await field(page, "Web address").fill("admin");
    const longShareText = "Sign now! ".repeat(21);
    await field(page, "Share text (optional)").fill(longShareText);
    await page.getByRole("button", { name: "Save draft" }).click();

    const errors = page.getByTestId("campaign-form-errors");
    await expect(errors).toBeFocused();
    await expect(errors.getByRole("link")).toHaveText([
      "The goal must be at least 10 signatures.",
      "The deadline has passed. Choose a day from today on, or leave it empty.",
      "The share text must be at most 200 characters long.",
      "This web address is reserved for the site itself. Choose another.",
    ]);
    await expect(field(page, "Share text (optional)")).toHaveValue(longShareText);
    await field(page, "Share text (optional)").fill("");
    await expect(page.locator("#goal-error")).toHaveText("The goal must be at least 10 signatures.");
    await expect(field(page, "Signature goal")).toHaveAttribute("aria-invalid", "true");
    await expect(field(page, "Title")).toHaveValue("Fix the broken streetlights");
    await expect(field(page, "Your story")).toHaveValue(STORY);
    await expect(field(page, "Signature goal")).toHaveValue("0");
    await expect(field(page, "Deadline (optional)")).toHaveValue("2020-01-01");
    await expect(field(page, "Web address")).toHaveValue("admin");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "start-errors-en");

    // Absurd and fractional goals are refused with their own words.
    await field(page, "Signature goal").fill("99999999999");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#goal-error")).toHaveText("The goal can be at most 10,000,000 signatures.");

    // A text file renamed .png is refused by its bytes; the rest stays as typed.
    await field(page, "Signature goal").fill("500");
    await field(page, "Deadline (optional)").fill("");
    await field(page, "Web address").fill(`streetlights-${randomBytes(3).toString("hex")}`);
    await field(page, "Image (optional)").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("just some notes, not a picture\n") });
    await field(page, "Describe the image").fill("A dark street");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#image-error")).toHaveText("This file is not a JPEG, PNG, WebP or GIF image, or it is damaged.");
    await expect(field(page, "Title")).toHaveValue("Fix the broken streetlights");
    await expect(field(page, "Signature goal")).toHaveValue("500");
    await expect(field(page, "Describe the image")).toHaveValue("A dark street");

    // A slug another campaign has is a field message, not an error page.
    const taken = await e2eDb().campaign.findFirstOrThrow({ where: { slug: "save-my-friend" } });
    await field(page, "Web address").fill(taken.slug);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#slug-error")).toHaveText("Another campaign already uses this web address. Choose another.");
    expect(await e2eDb().campaign.count({ where: { title: "Fix the broken streetlights" } })).toBe(0);
  });

  test("a trusted organizer publishes at once; the story is sanitized; edits show; close and win", async ({ page, context }) => {
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await signInAs(context, await createPerson({ trusted: true }));
    await page.goto("/start");
    const title = `Light up Elm Street ${randomBytes(3).toString("hex")}`;
    const hostileStory = [
      "Elm Street has been dark for a year and people are afraid to walk home at night.",
      "",
      "<script>window.__pwned = 'script'; alert('script')</script>",
      "",
      "<img src=x onerror=\"window.__pwned = 'img'; alert('img')\">",
      "",
      "[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [safe](https://example.org/elm)",
    ].join("\n");
    await fillCampaign(page, { title, story: hostileStory });
    const preview = page.getByTestId("preview-story");
    await expect(preview).toContainText("people are afraid to walk home");
    await expectSanitized(page, preview);

    await page.getByRole("button", { name: "Publish now" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("Live");
    await expect(page.getByTestId("edit-done")).toHaveText("Published. Your campaign is live: share its link.");
    // Live: the web address is fixed, and says why.
    await expect(field(page, "Web address")).toHaveAttribute("readonly", "");
    await expect(page.getByText("The web address cannot change once the campaign is live")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "edit-live-en");

    const publicLink = page.getByTestId("public-link");
    const publicPath = new URL((await publicLink.textContent())!).pathname;
    await page.goto(publicPath);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const story = page.locator(".campaign__story");
    await expect(story).toContainText("people are afraid to walk home");
    await expectSanitized(page, story);
    await story.getByRole("link", { name: "click me" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

    // A story edit shows on the (cached) public page at once.
    const editPath = `/dashboard/campaigns/${(await e2eDb().campaign.findFirstOrThrow({ where: { title } })).id}/edit`;
    await page.goto(editPath);
    await field(page, "Your story").fill("Update: the council will vote on the lights on Monday. Come and show your support!");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("edit-done")).toHaveText("Your changes are saved.");
    await page.goto(publicPath);
    await expect(page.locator(".campaign__story")).toContainText("the council will vote on the lights on Monday");

    // Closing takes a confirmation.
    await page.goto(editPath);
    await page.getByRole("link", { name: "Close campaign…" }).click();
    await expect(page.getByTestId("close-confirm")).toContainText("Nobody will be able to sign any more");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Yes, close the campaign" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("Closed");
    await expect(page.getByTestId("edit-done")).toHaveText("The campaign is closed. It no longer takes signatures.");
    await page.goto(publicPath);
    await expect(page.getByTestId("campaign-closed")).toHaveText("This petition is closed and no longer accepts signatures.");

    // Winning needs a message, and the page shows it.
    await page.goto(editPath);
    await page.getByRole("button", { name: "Mark as won" }).click();
    await expect(page.locator("#victoryMessage-error")).toHaveText("Write a victory message of 10 to 5,000 characters.");
    await field(page, "Victory message").fill("The lights are **on**! Thank you, everyone. <script>alert('won')</script>");
    await page.getByRole("button", { name: "Mark as won" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("Won");
    await expectNoSeriousA11yViolations(page);
    await page.goto(publicPath);
    const victory = page.getByTestId("victory");
    await expect(victory.getByRole("heading", { name: "We won!" })).toBeVisible();
    await expect(victory.locator("strong")).toHaveText("on");
    await expect(victory.locator("script")).toHaveCount(0);
    await expect(page.getByTestId("campaign-closed")).toHaveText("This petition won! Thank you to everyone who signed.");
    await screenshots(page, "public-won-en");
    expect(dialogs).toEqual([]);
  });

  test("without JavaScript the form shows its problems, keeps the text and saves a draft", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    await signInAs(context, await createPerson());
    const page = await context.newPage();
    await page.goto("/start");
    const title = `Open the library on Sundays ${randomBytes(3).toString("hex")}`;
    await fillCampaign(page, { title, goal: "0" });
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.locator("#goal-error")).toHaveText("The goal must be at least 10 signatures.");
    await expect(field(page, "Title")).toHaveValue(title);
    await expect(field(page, "Your story")).toHaveValue(STORY);

    await field(page, "Signature goal").fill("300");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("Draft");
    // Without the script's suggestion, the server made the web address from the title.
    await expect(field(page, "Web address")).toHaveValue(/^open-the-library-on-sundays-[0-9a-f]{6}$/);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("In review");
    await context.close();
  });

  test("nobody but the campaign's team can open its edit page or save over it", async ({ page, context }) => {
    const owner = await createPerson();
    const theirs = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-theirs"), title: "Somebody else's campaign", status: "DRAFT" });
    await addToTeam(theirs.id, owner);

    const stranger = await createPerson();
    await signInAs(context, stranger);
    const response = await page.goto(`/dashboard/campaigns/${theirs.id}/edit`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Somebody else's campaign")).toHaveCount(0);

    // The stranger's own draft's form, pointed at the other campaign: the action refuses it.
    const own = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-own"), title: "The stranger's own campaign", status: "DRAFT" });
    await addToTeam(own.id, stranger);
    await page.goto(`/dashboard/campaigns/${own.id}/edit`);
    // A form that would save: only the campaign it names is not the stranger's (changed last,
    // as React puts a hidden field's value back when the form re-renders).
    await fillCampaign(page, { title: "Taken over by a stranger" });
    await field(page, "Web address").fill("");
    await page.locator('input[name="campaignId"]').first().evaluate((input, id) => ((input as HTMLInputElement).value = id), theirs.id);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByTestId("campaign-form-errors")).toHaveText("This campaign does not exist or is not yours.");
    expect((await e2eDb().campaign.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe("Somebody else's campaign");
    expect((await e2eDb().campaign.findUniqueOrThrow({ where: { id: own.id } })).title).toBe("The stranger's own campaign");
  });

  test("the form and the edit page in Korean pass axe", async ({ page, context }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", domain: "127.0.0.1", path: "/" }]);
    await signInAs(context, await createPerson());
    await page.goto("/start");
    await expect(page.getByRole("heading", { level: 1, name: "캠페인 시작하기" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "start-ko");

    await page.getByLabel("제목", { exact: true }).fill("강변 공원을 지켜 주세요");
    await page.getByLabel("누가 이 일을 이룰 수 있나요?").fill("서울시 의회");
    await page.getByLabel("요약", { exact: true }).fill("강변 공원은 우리 동네에 남은 마지막 녹지입니다. 모두를 위해 지켜 주세요.");
    await page.getByLabel("이야기", { exact: true }).fill("강변 공원은 우리 동네에 남은 마지막 녹지입니다. 아이들이 매일 그곳에서 놀고, 어르신들이 산책합니다. 나무 수백 그루가 베어질 위기에 있습니다.");
    await page.getByLabel("서명 목표").fill("1000");
    await page.getByLabel("캠페인 언어").selectOption("ko");
    // A Korean title has no Latin letters: the suggested address is campaign-xxxxx.
    await expect(page.getByLabel("웹 주소", { exact: true })).toHaveValue(/^campaign-[a-z0-9]{5}$/);
    await page.getByRole("button", { name: "임시 저장" }).click();
    await expect(page.getByTestId("campaign-status")).toHaveText("임시 저장");
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "edit-draft-ko");
  });
});

/** No script, no inline handler, no javascript: or data: link in the rendered Markdown. */
async function expectSanitized(page: Page, container: ReturnType<Page["locator"]>) {
  await expect(container.locator("script")).toHaveCount(0);
  await expect(container.locator("img")).toHaveCount(0);
  await expect(container.locator("[onerror], [onclick], [onload]")).toHaveCount(0);
  const hrefs = await container.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs).toContain("https://example.org/elm");
  for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
}
