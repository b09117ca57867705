import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { inReviewCampaign, liveCampaign, openReport } from "../test/moderation-factories";
import { createPerson, signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { openNewestLinkTo } from "./support/mailbox";

test.use({ locale: "en-US" });

const tag = () => randomBytes(3).toString("hex");
const REASON = "Please address a public office, not a private person.";

/** Full-page screenshots at phone and desktop widths, for a person to look at. */
async function screenshots(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const campaignStatus = async (id: string) => (await e2eDb().campaign.findUniqueOrThrow({ where: { id } })).status;

test("a moderator previews, rejects (a reason is required), approves and dismisses a report; the audit log lists it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const db = e2eDb();
  const moderator = await createPerson({ role: "MODERATOR" });
  const owner = await createPerson();
  const t = tag();
  const toReject = await inReviewCampaign(db, { ownerId: owner.id, title: `Bus lanes ${t}`, story: "## The plan\n\nWe **will** win this." });
  const toApprove = await inReviewCampaign(db, { ownerId: owner.id, title: `Park benches ${t}` });
  const reported = await liveCampaign(db, { title: `Reported ${t}` });
  const report = await openReport(db, { campaignId: reported.id, reason: `Spreads lies ${t}`, reporterEmail: `reporter-${t}@example.org` });
  await signInAs(page.context(), moderator);

  await page.goto("/moderation");
  await expect(page.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  const rejectItem = page.getByTestId("review-item").filter({ hasText: toReject.title });
  await expect(rejectItem).toContainText(owner.email);
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "moderation-en");

  // The preview shows the campaign as its public page will, story rendered from Markdown.
  await rejectItem.getByRole("link", { name: "Preview the campaign" }).click();
  await expect(page).toHaveURL(new RegExp(`/moderation/campaigns/${toReject.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: toReject.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "The plan" })).toBeVisible();
  await expect(page.getByText("will", { exact: true })).toHaveJSProperty("tagName", "STRONG");
  await expect(page.getByTestId("preview-notice")).toContainText("Status: In review");
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "moderation-preview-en");

  // Rejecting without a reason: a clear message, nothing changed.
  await page.getByRole("link", { name: "Back to moderation" }).click();
  await rejectItem.getByText("Reject with a reason").click();
  await rejectItem.getByRole("button", { name: /^Reject\b/ }).click();
  await expect(rejectItem.getByTestId("reject-errors")).toBeFocused();
  await expect(rejectItem.getByTestId("reject-errors")).toContainText("Write a reason of at least 10 characters");
  await expect(rejectItem.getByLabel("Reason for rejecting")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);
  expect(await campaignStatus(toReject.id)).toBe("IN_REVIEW");

  await rejectItem.getByLabel("Reason for rejecting").fill(REASON);
  await rejectItem.getByRole("button", { name: /^Reject\b/ }).click();
  await expect(page.getByTestId("moderation-done")).toHaveText("Rejected. The organizer has been emailed your reason.");
  await expect(page.getByTestId("review-item").filter({ hasText: toReject.title })).toHaveCount(0);
  expect(await e2eDb().campaign.findUniqueOrThrow({ where: { id: toReject.id } })).toMatchObject({ status: "REJECTED", moderationReason: REASON });

  const rejection = await openNewestLinkTo(page, owner.email, `/dashboard/campaigns/${toReject.id}/edit`);
  expect(rejection.subject).toBe(`Your campaign was not approved: ${toReject.title}`);
  expect(rejection.text).toContain(REASON);

  // Approving: the campaign is live at its address.
  await page.goto("/moderation");
  await page.getByTestId("review-item").filter({ hasText: toApprove.title }).getByRole("button", { name: /^Approve\b/ }).click();
  await expect(page.getByTestId("moderation-done")).toHaveText("Approved. The campaign is live and its organizer has been emailed.");
  await expect(page.getByTestId("live-item").filter({ hasText: toApprove.title })).toBeVisible();
  await page.goto(`/c/${toApprove.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: toApprove.title })).toBeVisible();

  // The report: its reporter is shown to moderators; dismissing it closes it.
  await page.goto("/moderation");
  const reportItem = page.getByTestId("report-item").filter({ hasText: report.reason });
  await expect(reportItem).toContainText(`reporter-${t}@example.org`);
  await reportItem.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByTestId("moderation-done")).toHaveText("Report dismissed.");
  await expect(page.getByTestId("report-item").filter({ hasText: report.reason })).toHaveCount(0);
  expect((await e2eDb().campaignReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DISMISSED");
  expect(await campaignStatus(reported.id)).toBe("PUBLISHED");

  // An admin reads what the moderator did, filtered by who did it.
  const admin = await createPerson({ role: "ADMIN" });
  const adminContext = await browser.newContext({ locale: "en-US" });
  await signInAs(adminContext, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto("/admin/audit");
  await adminPage.getByLabel("Done by").fill(moderator.email);
  await adminPage.getByRole("button", { name: "Filter" }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/admin/audit\\?actor=${moderator.id}$`));
  await expect(adminPage.getByTestId("audit-count")).toHaveText(`3 entries · Done by ${moderator.email}`);
  const entries = adminPage.getByTestId("audit-entry");
  await expect(entries.nth(0)).toContainText("Dismissed a report");
  await expect(entries.nth(0)).toContainText("report.dismissed");
  await expect(entries.nth(1)).toContainText("Approved a campaign");
  await expect(entries.nth(2)).toContainText("Rejected a campaign");
  await expect(entries.nth(2)).toContainText("campaign.rejected");
  await expect(entries.nth(2)).toContainText(`"moderationReason": "${REASON}"`);
  await expectNoSeriousA11yViolations(adminPage);
  await screenshots(adminPage, "audit-en");
  await adminContext.close();
});

test("two moderators on the same campaign: the second is told someone else decided", async ({ browser }) => {
  const campaign = await inReviewCampaign(e2eDb(), { title: `Contested ${tag()}` });
  const pages = [];
  for (const role of ["MODERATOR", "ADMIN"] as const) {
    const context = await browser.newContext({ locale: "en-US" });
    await signInAs(context, await createPerson({ role }));
    const page = await context.newPage();
    await page.goto("/moderation");
    pages.push(page);
  }
  const [first, second] = pages as [Page, Page];
  await first.getByTestId("review-item").filter({ hasText: campaign.title }).getByRole("button", { name: /^Approve\b/ }).click();
  await expect(first.getByTestId("moderation-done")).toBeVisible();

  const stale = second.getByTestId("review-item").filter({ hasText: campaign.title });
  await stale.getByText("Reject with a reason").click();
  await stale.getByLabel("Reason for rejecting").fill(REASON);
  await stale.getByRole("button", { name: /^Reject\b/ }).click();
  await expect(stale.getByTestId("reject-errors")).toContainText("Someone else already decided this, so nothing was changed.");
  expect(await campaignStatus(campaign.id)).toBe("PUBLISHED");
  for (const page of pages) await page.context().close();
});

test("a plain user gets 403 on /moderation and /admin, and a moderator on /admin", async ({ page }) => {
  await signInAs(page.context(), await createPerson());
  for (const path of ["/moderation", "/admin", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Moderation" })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page.context(), await createPerson({ role: "MODERATOR" }));
  expect((await page.goto("/admin"))?.status()).toBe(403);
  expect((await page.goto("/moderation"))?.status()).toBe(200);
});

test("an admin makes a user a moderator, who then sees /moderation; an admin cannot demote themselves", async ({ page, browser }) => {
  const admin = await createPerson({ role: "ADMIN" });
  const user = await createPerson();
  await signInAs(page.context(), admin);
  const userContext = await browser.newContext({ locale: "en-US" });
  await signInAs(userContext, user);
  const userPage = await userContext.newPage();
  expect((await userPage.goto("/moderation"))?.status()).toBe(403);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Search by email").fill(user.email.toUpperCase());
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("user-search-summary")).toHaveText(`1 person with “${user.email}” in their email.`);
  expect(page.url()).not.toContain("example.org");
  const row = page.getByTestId("user-row").filter({ hasText: user.email });
  await row.getByLabel("Role").selectOption({ label: "Moderator" });
  await row.getByLabel("Trusted organizer").check();
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByTestId("user-row-saved")).toHaveText("Saved.");
  await expect(row.getByLabel("Role")).toHaveValue("MODERATOR");
  expect(await e2eDb().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: "MODERATOR", trusted: true });
  await expectNoSeriousA11yViolations(page);
  await screenshots(page, "admin-en");

  await userPage.goto("/moderation");
  await expect(userPage.getByRole("heading", { level: 1, name: "Moderation" })).toBeVisible();
  await expect(userPage.getByRole("link", { name: "Moderation" })).toBeVisible();
  await userContext.close();

  // Their own admin role is the one thing an admin cannot take away.
  await page.getByLabel("Search by email").fill(admin.email);
  await page.getByRole("button", { name: "Search" }).click();
  const own = page.getByTestId("user-row").filter({ hasText: admin.email });
  await expect(own).toContainText("(you)");
  await own.getByLabel("Role").selectOption("USER");
  await own.getByRole("button", { name: "Save" }).click();
  await expect(own.getByTestId("user-row-errors")).toContainText("You cannot remove your own admin role");
  expect((await e2eDb().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");

  await page.getByRole("button", { name: "Show everyone" }).click();
  await expect(page.getByTestId("user-search-summary")).toHaveCount(0);

  await page.getByRole("navigation", { name: "Admin pages" }).getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Done by").fill(admin.email);
  await page.getByRole("button", { name: "Filter" }).click();
  const entries = page.getByTestId("audit-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("Changed whether an organizer is trusted");
  await expect(entries.nth(1)).toContainText("Changed a person’s role");
  await expect(entries.nth(1)).toContainText(user.email);
  await expect(entries.nth(1)).toContainText('"role": "USER"');
  await expect(entries.nth(1)).toContainText('"role": "MODERATOR"');
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("rejecting needs a reason and approving works", async ({ page }) => {
    const db = e2eDb();
    const t = tag();
    const toReject = await inReviewCampaign(db, { title: `No-JS bus lanes ${t}` });
    const toApprove = await inReviewCampaign(db, { title: `No-JS park benches ${t}` });
    await signInAs(page.context(), await createPerson({ role: "MODERATOR" }));
    await page.goto("/moderation");

    const item = page.getByTestId("review-item").filter({ hasText: toReject.title });
    await item.getByText("Reject with a reason").click();
    await item.getByRole("button", { name: /^Reject\b/ }).click();
    await expect(page.getByTestId("review-item").filter({ hasText: toReject.title }).getByTestId("reject-errors")).toContainText(
      "Write a reason of at least 10 characters",
    );
    expect(await campaignStatus(toReject.id)).toBe("IN_REVIEW");
    await item.getByLabel("Reason for rejecting").fill(REASON);
    await item.getByRole("button", { name: /^Reject\b/ }).click();
    await expect(page.getByTestId("moderation-done")).toHaveText("Rejected. The organizer has been emailed your reason.");
    expect(await campaignStatus(toReject.id)).toBe("REJECTED");

    await page.getByTestId("review-item").filter({ hasText: toApprove.title }).getByRole("button", { name: /^Approve\b/ }).click();
    await expect(page.getByTestId("moderation-done")).toHaveText("Approved. The campaign is live and its organizer has been emailed.");
    expect(await campaignStatus(toApprove.id)).toBe("PUBLISHED");
  });
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("the moderation, preview, admin and audit pages pass axe", async ({ page }) => {
    // Six pages with axe each: more than the default minute on a loaded machine.
    test.slow();
    const db = e2eDb();
    const t = tag();
    const campaign = await inReviewCampaign(db, { title: `검토 대기 ${t}`, language: "ko" });
    const live = await liveCampaign(db, { title: `신고된 캠페인 ${t}` });
    await openReport(db, { campaignId: live.id, reason: `허위 사실 ${t}` });
    await signInAs(page.context(), await createPerson({ role: "ADMIN" }));

    await page.goto("/moderation");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1, name: "검토" })).toBeVisible();
    await expect(page.getByTestId("review-item").filter({ hasText: campaign.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "moderation-ko");

    await page.goto(`/moderation/campaigns/${campaign.id}`);
    await expect(page.getByRole("heading", { level: 1, name: campaign.title })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "관리" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "감사 기록" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, "audit-ko");
  });
});
