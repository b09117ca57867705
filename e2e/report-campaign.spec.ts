import { expect, test, type Page } from "@playwright/test";
import { publishedCampaign, uniqueSlug } from "../test/factories";
import { mailboxAccess } from "./support/mailbox-key";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { uniqueEmail } from "./support/data";

test.use({ locale: "en-US" });

const reasonField = (page: Page) => page.getByLabel("What is wrong with this campaign?");
const emailField = (page: Page) => page.getByLabel("Your email (optional)");
const openReportForm = (page: Page) => page.getByTestId("report-campaign").locator("summary", { hasText: "Report this campaign" }).click();

async function campaignWithModerator() {
  const db = e2eDb();
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-report"), title: "A campaign someone reports" });
  const moderator = await db.user.create({ data: { email: uniqueEmail("moderator"), role: "MODERATOR" } });
  return { campaign, moderator };
}

test("report a campaign: an empty reason is refused and focused, a real one is confirmed and reaches the moderators", async ({ page }) => {
  const db = e2eDb();
  const { campaign, moderator } = await campaignWithModerator();
  await page.goto(`/c/${campaign.slug}`);

  // Closed until asked for.
  await expect(reasonField(page)).toBeHidden();
  await openReportForm(page);
  await expect(reasonField(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await emailField(page).fill("Reporter@Example.org");
  await page.getByRole("button", { name: "Send report" }).click();
  const summary = page.getByRole("alert").and(page.getByTestId("report-errors"));
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Tell us what is wrong with this campaign." })).toHaveAttribute("href", "#reason");
  await expect(reasonField(page)).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#reason-error")).toHaveText("Tell us what is wrong with this campaign.");
  // What was typed is still there.
  await expect(emailField(page)).toHaveValue("Reporter@Example.org");
  expect(await db.campaignReport.count({ where: { campaignId: campaign.id } })).toBe(0);
  await expectNoSeriousA11yViolations(page);

  await reasonField(page).fill("It collects money for a charity that does not exist.");
  await page.getByRole("button", { name: "Send report" }).click();
  const success = page.getByTestId("report-success");
  await expect(success).toBeFocused();
  await expect(success).toContainText("Thank you for your report");

  const reports = await db.campaignReport.findMany({ where: { campaignId: campaign.id } });
  expect(reports.map((report) => [report.reason, report.reporterEmail, report.status])).toEqual([
    ["It collects money for a charity that does not exist.", "reporter@example.org", "OPEN"],
  ]);
  expect(reports[0]!.ipHash).toMatch(/^[0-9a-f]{32}$/);
  // Other tests running beside this one add moderators and reports of their own: look at this report's emails.
  const emails = await db.emailMessage.findMany({ where: { idempotencyKey: { startsWith: `moderation-report:${reports[0]!.id}:` } } });
  expect(emails.filter((email) => email.toAddress === moderator.email).map((email) => email.kind)).toEqual(["moderation-report"]);
});

test("reporting works without JavaScript", async ({ browser }) => {
  const db = e2eDb();
  const { campaign } = await campaignWithModerator();
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US", storageState: mailboxAccess });
  const page = await context.newPage();
  try {
    await page.goto(`/c/${campaign.slug}`);
    await openReportForm(page);
    await reasonField(page).fill("Too short");
    await page.getByRole("button", { name: "Send report" }).click();

    // The page comes back with the form open, the problem shown and the text kept.
    await expect(page.getByTestId("report-errors")).toContainText("Please write at least 10 characters.");
    await expect(reasonField(page)).toHaveValue("Too short");
    await reasonField(page).fill("Too short to be a real reason, now it is longer.");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.getByTestId("report-success")).toContainText("Our moderators will look at this campaign.");
    expect((await db.campaignReport.findMany({ where: { campaignId: campaign.id } })).map((report) => report.reason)).toEqual([
      "Too short to be a real reason, now it is longer.",
    ]);
  } finally {
    await context.close();
  }
});
