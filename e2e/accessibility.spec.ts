import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { closedCampaign, pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { APP_SECRET, signInEnglish, uniqueEmail } from "./support/data";
import { openNewestEmailTo } from "./support/mailbox";

test.use({ locale: "en-US" });

const newCampaign = () => publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-a11y") });

async function visit(page: Page, path: string, testId?: string) {
  await page.goto(path);
  if (testId) await expect(page.getByTestId(testId)).toBeVisible();
}

test("home page", async ({ page }) => {
  await visit(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Petitions on Chorus");
  await expectNoSeriousA11yViolations(page);
});

test("campaign page in English", async ({ page }) => {
  await visit(page, "/c/save-my-friend", "signature-count");
  await expectNoSeriousA11yViolations(page);
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });
  test("campaign page in Korean", async ({ page }) => {
    await visit(page, "/c/save-my-friend", "signature-count");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expectNoSeriousA11yViolations(page);
  });
});

test("campaign page showing validation errors", async ({ page }) => {
  const campaign = await newCampaign();
  await visit(page, `/c/${campaign.slug}`);
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-errors")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("campaign page after signing, mailbox list and message", async ({ page }) => {
  const campaign = await newCampaign();
  const email = uniqueEmail("a11y");
  await visit(page, `/c/${campaign.slug}`);
  await signInEnglish(page, { name: "Axe Tester", email });
  await expect(page.getByTestId("sign-success")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await openNewestEmailTo(page, email);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Back to the mailbox" }).click();
  await expect(page.getByTestId("mailbox-row").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The email itself, opened as a page of its own (axe cannot enter the mailbox's sandboxed frame).
  const message = await e2eDb().devMailboxMessage.findFirstOrThrow({ where: { toAddress: email } });
  await page.setContent(message.html);
  await expect(page).toHaveTitle(/Confirm your signature/);
  await expectNoSeriousA11yViolations(page);
});

test("confirmation pages: pending, expired and invalid", async ({ page }) => {
  const db = e2eDb();
  const campaign = await newCampaign();
  const pending = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET });
  const expired = await pendingSignature(db, {
    campaignId: campaign.id,
    secret: APP_SECRET,
    tokenExpiresAt: new Date(Date.now() - 60_000),
  });

  await visit(page, `/confirm/${pending.token}`, "confirm-pending");
  await expectNoSeriousA11yViolations(page);
  // The confirm form showing a problem, with every control labelled.
  await page.getByLabel("Full name", { exact: true }).fill("");
  await page.getByLabel("Show my first name and country among recent signers.").check();
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirm-errors")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await visit(page, `/confirm/${expired.token}`, "confirm-expired");
  await expectNoSeriousA11yViolations(page);
  await visit(page, "/confirm/not-a-real-token", "confirm-invalid");
  await expectNoSeriousA11yViolations(page);
});

test("closed campaign page", async ({ page }) => {
  const campaign = await closedCampaign(e2eDb(), { slug: uniqueSlug("e2e-a11y-closed") });
  await visit(page, `/c/${campaign.slug}`, "campaign-closed");
  await expectNoSeriousA11yViolations(page);
});

test("404 page", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoSeriousA11yViolations(page);
});

test("campaign page screenshots at phone and desktop widths", async ({ page }) => {
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await visit(page, "/c/save-my-friend", "signature-count");
    const image = page.getByRole("img", { name: "Candles lit at dusk for the detained refugees" });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // Nothing may stick out sideways at either width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    const file = path.join(test.info().project.testDir, ".artifacts", `campaign-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
  }
});
