import { mkdir } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pendingSignature, publishedCampaign } from "../test/factories";
import { addToTeam, createPerson, signInAs, type TestPerson } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { APP_SECRET, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";
import { mailboxAccess } from "./support/mailbox-key";

test.use({ locale: "en-US" });
// One whole journey with axe runs, a second tab and the worker's send.
test.describe.configure({ timeout: 240_000 });

const SCREENSHOT = "public/screenshots/campaign-update-compose.png";
const TRACKER = "https://tracker.example/pixel.gif";
const BODY = [
  "We handed **12,000 signatures** to the embassy on Monday.",
  "",
  `![pixel](${TRACKER})`,
  "<script>window.__pwned = true</script>",
  "<img src=\"https://tracker.example/raw.gif\" onerror=\"window.__pwned = true\">",
  "",
  "- The ambassador's office received us",
  "- [Read the letter](https://example.org/letter)",
].join("\n");

/** A published campaign run by a new organizer, with signers who agreed to updates and one who did not. */
async function campaignWithSigners() {
  const db = e2eDb();
  const owner = await createPerson();
  const campaign = await publishedCampaign(db, { title: `Free the river defenders ${Date.now()}` });
  await addToTeam(campaign.id, owner, "OWNER");
  const signers: string[] = [];
  for (const consent of [true, true, true, false]) {
    const email = uniqueEmail(consent ? "consenting" : "silent");
    const { signature } = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET, email });
    await db.signature.update({ where: { id: signature.id }, data: { status: "CONFIRMED", confirmedAt: new Date(), consentUpdates: consent, consentAt: consent ? new Date() : null } });
    if (consent) signers.push(email);
  }
  return { owner, campaign, consenting: signers };
}

async function organizerPage(browser: Browser, owner: TestPerson): Promise<Page> {
  const context = await browser.newContext({ storageState: mailboxAccess });
  await signInAs(context, owner);
  return context.newPage();
}

/** The subjects of the emails the dev mailbox lists for `address`. */
async function subjectsTo(page: Page, address: string): Promise<string[]> {
  await page.goto("/dev/mailbox");
  const rows = page.getByTestId("mailbox-row").filter({ has: page.getByRole("cell", { name: address, exact: true }) });
  return rows.getByRole("link").allTextContents();
}

test("an organizer composes, previews, tests, publishes and emails an update; it reaches the page and each consenting signer once", async ({ browser }) => {
  const { owner, campaign, consenting } = await campaignWithSigners();
  const page = await organizerPage(browser, owner);
  const db = e2eDb();

  // The public page is cached before the update exists: publishing must refresh it.
  await page.goto(`/c/${campaign.slug}`);
  await expect(page.getByTestId("update-timeline")).toHaveCount(0);

  // From the dashboard to the updates list, by keyboard.
  await page.goto(`/dashboard/campaigns/${campaign.id}`);
  const updatesLink = page.getByRole("navigation", { name: "Campaign links" }).getByRole("link", { name: "Updates" });
  await updatesLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/dashboard/campaigns/${campaign.id}/updates$`));
  await expect(page.getByTestId("updates-empty")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Write an update" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Write an update" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The README's picture of the form and its preview.
  await page.getByRole("radio", { name: /^Victory/ }).check();
  await page.getByLabel("Title", { exact: true }).fill("We delivered the petition");
  await page.getByLabel("Text", { exact: true }).fill(
    "On Monday we handed **12,000 signatures** to the embassy.\n\n- The ambassador's office received us\n- They promised an answer within a month\n\nThank you for signing: [read the letter we left](https://example.org/letter).",
  );
  await expect(page.getByTestId("update-preview").locator("strong")).toHaveText("12,000 signatures");
  await mkdir("public/screenshots", { recursive: true });
  await page.setViewportSize({ width: 1280, height: 1300 });
  await page.getByLabel("Text", { exact: true }).blur();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: SCREENSHOT });
  await page.setViewportSize({ width: 1280, height: 720 });

  // An empty update is refused, field by field, and what was typed stays.
  await page.getByRole("radio", { name: /^News/ }).check();
  await page.getByLabel("Text", { exact: true }).fill("");
  await page.getByRole("button", { name: "Save draft" }).click();
  const errors = page.getByTestId("update-form-errors");
  await expect(errors).toContainText("Write the update's text: an empty update cannot be saved or sent.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("We delivered the petition");
  await expect(page.locator("#body-error")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await db.campaignUpdate.count({ where: { campaignId: campaign.id } })).toBe(0);

  // Kind by keyboard, then the text; the preview renders it as the page will, without script or pictures.
  await page.getByRole("radio", { name: /^Victory/ }).focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Text", { exact: true }).fill(BODY);
  const preview = page.getByTestId("update-preview");
  await expect(preview.locator("strong")).toHaveText("12,000 signatures");
  await expect(preview.getByText("Victory")).toBeVisible();
  await expect(preview.locator("img")).toHaveCount(0);
  await expect(preview.locator("script")).toHaveCount(0);
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByTestId("update-done")).toHaveText("Draft saved. Preview it, send yourself a test, then publish or email it.");
  const update = await db.campaignUpdate.findFirstOrThrow({ where: { campaignId: campaign.id } });
  expect(update).toMatchObject({ kind: "VICTORY", title: "We delivered the petition", publishedAt: null });
  const updatePage = `/dashboard/campaigns/${campaign.id}/updates/${update.id}`;
  await expect(page).toHaveURL(new RegExp(`${updatePage}\\?done=created$`));
  await expectNoSeriousA11yViolations(page);

  // A test to the organizer's own address.
  await page.getByRole("button", { name: "Send me a test email" }).click();
  await expect(page.getByTestId("update-done")).toHaveText(`A test email is on its way to ${owner.email}.`);
  const mailbox = await browser.newContext({ storageState: mailboxAccess }).then((context) => context.newPage());
  await expect(async () => expect(await subjectsTo(mailbox, owner.email)).toEqual([`[Test] ${campaign.title}: We delivered the petition`])).toPass({ timeout: 20_000 });

  // A second tab opens the confirmation too; the first one sends.
  const secondTab = await page.context().newPage();
  await secondTab.goto(`${updatePage}?confirm=email`);

  await page.getByRole("radio", { name: "Both: publish and email" }).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Continue" }).press("Enter");
  const confirm = page.getByTestId("send-confirm");
  await expect(confirm.getByTestId("confirm-recipients")).toHaveText("3 people who agreed to receive updates will be emailed, once each.");
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole("button", { name: "Yes, publish and email 3 people" }).click();
  await expect(page.getByTestId("update-done")).toHaveText("Published, and sending started: 3 people will receive the update.");

  // Progress refreshes itself until every recipient is sent.
  const progress = page.getByTestId("broadcast-progress");
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await expect(progress.getByTestId("progress-sent")).toContainText("3");
  await expect(progress.getByTestId("progress-queued")).toContainText("0");
  await expectNoSeriousA11yViolations(page);

  // The second tab's click starts nothing more, and says so.
  await secondTab.getByRole("button", { name: /^Yes, email/ }).click();
  await expect(secondTab.getByTestId("send-confirm-status")).toContainText("This update is already being emailed");
  expect(await db.updateBroadcast.count({ where: { updateId: update.id } })).toBe(1);

  // Each consenting signer got it once; the one who did not agree, nothing.
  for (const address of consenting) {
    expect(await subjectsTo(mailbox, address)).toHaveLength(1);
  }

  // On the public campaign page (refreshed on publish), newest first, sanitized.
  await expect(async () => {
    await page.goto(`/c/${campaign.slug}`);
    await expect(page.getByTestId("update-timeline")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const timeline = page.getByTestId("update-timeline");
  await expect(timeline.getByRole("heading", { level: 3, name: "We delivered the petition" })).toBeVisible();
  await expect(timeline.getByText("Victory", { exact: true })).toBeVisible();
  await expect(timeline.locator("img")).toHaveCount(0);
  expect(await page.content()).not.toContain("tracker.example");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(await page.content()).not.toContain(consenting[0]!);
  await expectNoSeriousA11yViolations(page);

  // Its own page, with its own title, description and canonical address.
  await timeline.getByRole("link", { name: "We delivered the petition" }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${campaign.slug}/updates/${update.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We delivered the petition");
  await expect(page).toHaveTitle(`We delivered the petition — an update on “${campaign.title}” · Chorus`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `We delivered the petition — an update on “${campaign.title}”`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^We handed 12,000 signatures to the embassy on Monday\./);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/c/${campaign.slug}/updates/${update.id}$`));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator("img")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The list shows it published and sent; its text can no longer change.
  await page.goto(`/dashboard/campaigns/${campaign.id}/updates`);
  const row = page.getByTestId("update-row").filter({ hasText: "We delivered the petition" });
  await expect(row.getByTestId("update-page-state")).toContainText("Published");
  await expect(row.getByTestId("update-email-state")).toHaveText("Sent to 3");
  await expectNoSeriousA11yViolations(page);
  await page.goto(updatePage);
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByTestId("send-choice")).toHaveCount(0);
});

test("without JavaScript: write a draft, fix its error, publish it on the page", async ({ browser }) => {
  const { owner, campaign } = await campaignWithSigners();
  const context = await browser.newContext({ storageState: mailboxAccess, javaScriptEnabled: false });
  await signInAs(context, owner);
  const page = await context.newPage();
  await page.goto(`/dashboard/campaigns/${campaign.id}/updates/new`);
  await page.getByLabel("Text", { exact: true }).fill("The minister wrote back.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("update-form-errors")).toContainText("Give the update a title.");
  await expect(page.getByLabel("Text", { exact: true })).toHaveValue("The minister wrote back.");
  await page.getByLabel("Title", { exact: true }).fill("An answer");
  await page.getByRole("radio", { name: /^Response/ }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("update-done")).toContainText("Draft saved.");

  await page.getByRole("radio", { name: "Publish on the campaign page" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("send-confirm")).toContainText("The update will appear on the public campaign page.");
  await expect(page.getByTestId("confirm-recipients")).toHaveCount(0);
  await page.getByRole("button", { name: "Yes, publish" }).click();
  await expect(page.getByTestId("update-done")).toHaveText("Published on the campaign page.");
  const update = await e2eDb().campaignUpdate.findFirstOrThrow({ where: { campaignId: campaign.id }, include: { broadcast: true } });
  expect(update.publishedAt).not.toBeNull();
  expect(update.broadcast).toBeNull();
  await context.close();
});

test("a draft can be deleted after a confirmation; nothing public shows it", async ({ browser }) => {
  const { owner, campaign } = await campaignWithSigners();
  const update = await e2eDb().campaignUpdate.create({ data: { campaignId: campaign.id, title: "A draft to delete", body: "Not ready.", createdById: owner.id } });
  const page = await organizerPage(browser, owner);
  const response = await page.goto(`/c/${campaign.slug}/updates/${update.id}`);
  expect(response?.status()).toBe(404);
  await page.goto(`/dashboard/campaigns/${campaign.id}/updates/${update.id}`);
  await page.getByRole("link", { name: "Delete draft" }).click();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Yes, delete the draft" }).click();
  await expect(page.getByTestId("updates-done")).toHaveText("Draft deleted.");
  await expect(page.getByTestId("updates-empty")).toBeVisible();
  expect(await e2eDb().campaignUpdate.count({ where: { id: update.id } })).toBe(0);
});
