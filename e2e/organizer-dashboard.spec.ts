import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { publishedCampaign } from "../test/factories";
import { signatureRow } from "../test/signature-rows";
import { addToTeam, createPerson, signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";
import { openNewestLinkTo } from "./support/mailbox";
import { mailboxAccess } from "./support/mailbox-key";

const dashboard = (campaignId: string) => `/dashboard/campaigns/${campaignId}`;
const signersCsv = (campaignId: string) => `/api/organizer/campaigns/${campaignId}/signers.csv`;
const countriesCsv = (campaignId: string) => `/api/organizer/campaigns/${campaignId}/countries.csv`;

async function screens(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A published campaign with an owner, three confirmed signers (two of them consenting) and one pending. */
async function campaignWithSigners() {
  const db = e2eDb();
  const owner = await createPerson();
  const campaign = await publishedCampaign(db, { title: "Clean the river Han", goal: 10 });
  await addToTeam(campaign.id, owner, "OWNER");
  const consenting = uniqueEmail("consenting");
  const quiet = uniqueEmail("quiet");
  await signatureRow(db, { campaignId: campaign.id, name: "Ada Consenting", email: consenting, country: "KR", consentUpdates: true });
  await signatureRow(db, { campaignId: campaign.id, name: "김민준", country: "KR", consentUpdates: true });
  await signatureRow(db, { campaignId: campaign.id, name: "Bo Quiet", email: quiet, country: "DE", consentUpdates: false });
  await signatureRow(db, { campaignId: campaign.id, name: "Pat Pending", country: "DE", status: "PENDING", consentUpdates: true });
  return { owner, campaign, consenting, quiet };
}

/** Another team's campaign, with a signer of its own. */
async function someoneElsesCampaign() {
  const db = e2eDb();
  const campaign = await publishedCampaign(db, { title: "Someone else's campaign" });
  await addToTeam(campaign.id, await createPerson(), "OWNER");
  await signatureRow(db, { campaignId: campaign.id, consentUpdates: true });
  return campaign;
}

async function newSignedOutContext(browser: Browser) {
  // With the development mailbox's cookie, as every test context has (playwright.config.ts).
  return browser.newContext({ storageState: mailboxAccess });
}

test.describe("a campaign's dashboard, exports and team", () => {
  test("the owner sees the numbers, the chart's table and the countries, and downloads the consenting signers only", async ({ page, context }) => {
    test.setTimeout(120_000);
    const { owner, campaign, consenting, quiet } = await campaignWithSigners();
    await signInAs(context, owner);

    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Clean the river Han" }).click();
    await expect(page).toHaveURL(new RegExp(`${dashboard(campaign.id)}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Clean the river Han" })).toBeVisible();
    await expect(page.getByTestId("total-confirmed")).toContainText("Confirmed signatures3");
    await expect(page.getByTestId("total-pending")).toContainText("Waiting for email confirmation1");
    await expect(page.getByTestId("total-consenting")).toContainText("Agreed to receive updates2");
    await expect(page.getByTestId("total-goal")).toContainText("Goal10");
    await expect(page.getByText("30% of the goal reached")).toBeVisible();

    // The chart's numbers, as a table: today's bucket holds everything.
    await page.getByText("Show the numbers as a table").click();
    const chartTable = page.getByTestId("chart-table");
    await expect(chartTable.getByRole("row").last()).toHaveText(/3\s*1$/);
    await expect(chartTable.getByRole("columnheader", { name: "Day (UTC)" })).toBeVisible();
    // The chart itself: both lines drawn, and the key in words.
    await expect(page.locator(".recharts-line")).toHaveCount(2);
    await expect(page.getByRole("figure").getByRole("listitem")).toHaveText(["Confirmed", "Pending"]);

    const countries = page.getByTestId("country-table");
    await expect(countries.getByRole("row", { name: /South Korea/ })).toHaveText(/South Korea\s*2\s*66\.7%/);
    await expect(countries.getByRole("row", { name: /Germany/ })).toHaveText(/Germany\s*1\s*33\.3%/);
    const latest = page.getByTestId("latest-signers");
    await expect(latest.getByRole("row")).toHaveCount(4);
    await expect(latest).toContainText("Bo Quiet");
    await expect(latest).not.toContainText("Pat Pending");
    await expect(page.locator("main")).not.toContainText(consenting);
    await expect(page.locator("main")).not.toContainText(quiet);
    await expect(page.getByRole("link", { name: "Edit campaign" })).toHaveAttribute("href", `${dashboard(campaign.id)}/edit`);
    await expect(page.getByRole("link", { name: "Public page" })).toHaveAttribute("href", `/c/${campaign.slug}`);
    await expectNoSeriousA11yViolations(page);
    await screens(page, "dashboard-en");

    // By the hour: a link, so it works without JavaScript too.
    await page.getByRole("link", { name: "Hour", exact: true }).click();
    await expect(page).toHaveURL(/\?granularity=hour/);
    await expect(page.getByRole("link", { name: "Hour", exact: true })).toHaveAttribute("aria-current", "true");
    await expect(page.locator("figcaption")).toContainText("Signatures per hour over the last 3 days");
    await expect(page.getByTestId("chart-table").getByRole("row")).toHaveCount(73);

    // The CSV: consenting confirmed signers only, as an attachment named after the campaign.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Signers who agreed to updates (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${campaign.slug}-signers-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFname,email,country")).toBe(true);
    expect(csv).toContain(`Ada Consenting,${consenting},KR`);
    expect(csv).toContain("김민준");
    expect(csv).not.toContain(quiet);
    expect(csv).not.toContain("Pat Pending");
    expect(csv.trim().split("\r\n")).toHaveLength(3);
    const audit = await e2eDb().auditLog.findMany({ where: { campaignId: campaign.id, action: "export.signers" } });
    expect(audit).toMatchObject([{ actorId: owner.id }]);
    const again = await page.request.get(signersCsv(campaign.id));
    expect(again.headers()["cache-control"]).toMatch(/no-store/);
    expect(again.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(again.headers()["content-disposition"]).toBe(`attachment; filename="${download.suggestedFilename()}"`);
    const countryCsv = await page.request.get(countriesCsv(campaign.id));
    expect(countryCsv.status()).toBe(200);
    expect(await countryCsv.text()).toContain("KR,South Korea,2");

    // In Korean.
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", domain: "127.0.0.1", path: "/" }]);
    await page.goto(dashboard(campaign.id));
    await expect(page.getByRole("heading", { level: 2, name: "기간별 서명" })).toBeVisible();
    await expect(page.getByTestId("country-table")).toContainText("대한민국");
    await expectNoSeriousA11yViolations(page);
    await screens(page, "dashboard-ko");
    await page.getByRole("link", { name: "팀" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "팀" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the owner invites a co-organizer, who signs in from the email and gets this campaign only, until removed", async ({ page, context, browser }) => {
    test.setTimeout(180_000);
    const { owner, campaign } = await campaignWithSigners();
    const other = await someoneElsesCampaign();
    await signInAs(context, owner);

    // The team: the owner's own row has no remove button.
    await page.goto(`${dashboard(campaign.id)}/team`);
    await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
    const members = page.getByTestId("team-members");
    await expect(members.getByRole("row", { name: new RegExp(owner.email) })).toContainText("The owner stays on the team");
    await expect(members.getByRole("button")).toHaveCount(0);

    // A bad address, then an address already on the team, then a real invitation.
    await page.getByLabel("Email address").fill("not an address");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByTestId("invite-status")).toContainText("Enter a valid email address");
    await expect(page.getByLabel("Email address")).toHaveValue("not an address");
    await page.getByLabel("Email address").fill(owner.email);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByTestId("invite-status")).toContainText("This person is already on the team.");
    const coOrganizer = uniqueEmail("co-organizer");
    await page.getByLabel("Email address").fill(coOrganizer);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByTestId("invite-status-success")).toHaveText("Invitation sent.");
    await expect(page.getByTestId("team-invitations")).toContainText(coOrganizer);
    await expect(page.getByLabel("Email address")).toHaveValue("");
    await expectNoSeriousA11yViolations(page);
    await screens(page, "team-en");

    // An invitation sent by mistake is cancelled.
    const mistake = uniqueEmail("mistake");
    await page.getByLabel("Email address").fill(mistake);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByTestId("team-invitations")).toContainText(mistake);
    await page.getByRole("button", { name: `Cancel invitation to ${mistake}` }).click();
    await expect(page.getByTestId("cancel-status-success")).toHaveText("Invitation cancelled.");
    await expect(page.getByTestId("team-invitations")).not.toContainText(mistake);

    // The co-organizer follows the email, signs in by the magic link and lands on the dashboard.
    const theirs = await newSignedOutContext(browser);
    const them = await theirs.newPage();
    const invitation = await openNewestLinkTo(them, coOrganizer, "/sign-in?callbackUrl=");
    expect(invitation.subject).toBe(`${owner.email} invited you to organize “Clean the river Han” on Chorus`);
    await them.goto(invitation.url);
    await them.getByLabel("Email address").fill(coOrganizer);
    await them.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(them.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    const signIn = await openNewestLinkTo(them, coOrganizer, "/sign-in/confirm");
    await them.goto(signIn.url);
    await them.getByRole("button", { name: "Sign in" }).click();
    await expect(them).toHaveURL(new RegExp(`${dashboard(campaign.id)}$`));
    await expect(them.getByRole("heading", { level: 1, name: "Clean the river Han" })).toBeVisible();
    await expect(them.getByTestId("total-confirmed")).toContainText("3");
    expect((await them.request.get(signersCsv(campaign.id))).status()).toBe(200);

    // They see the team but cannot change it.
    await them.getByRole("link", { name: "Team" }).click();
    await expect(them.getByTestId("owner-only")).toHaveText("Only the campaign's owner can invite or remove co-organizers.");
    await expect(them.getByTestId("team-members").getByRole("row", { name: new RegExp(coOrganizer) })).toContainText("Co-organizer");
    await expect(them.getByRole("button", { name: /Remove|Cancel|Send invitation/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(them);

    // Another campaign stays closed to them: page and CSV.
    expect((await them.goto(dashboard(other.id)))!.status()).toBe(404);
    expect((await them.request.get(signersCsv(other.id))).status()).toBe(404);
    expect((await them.request.get(countriesCsv(other.id))).status()).toBe(404);

    // The owner removes them; their access ends at once.
    await page.reload();
    await page.getByRole("button", { name: `Remove ${coOrganizer}` }).click();
    await expect(page.getByTestId("remove-status-success")).toHaveText("Removed from the team.");
    await expect(page.getByTestId("team-members")).not.toContainText(coOrganizer);
    expect((await them.goto(dashboard(campaign.id)))!.status()).toBe(404);
    expect((await them.request.get(signersCsv(campaign.id))).status()).toBe(404);
    await theirs.close();
  });

  test("without JavaScript: the hour/day switch, inviting and cancelling still work", async ({ browser }) => {
    const { owner, campaign } = await campaignWithSigners();
    const noScript = await browser.newContext({ storageState: mailboxAccess, javaScriptEnabled: false });
    await signInAs(noScript, owner);
    const page = await noScript.newPage();

    await page.goto(dashboard(campaign.id));
    await page.getByRole("link", { name: "Hour", exact: true }).click();
    await expect(page.locator("figcaption")).toContainText("Signatures per hour over the last 3 days");
    await page.getByText("Show the numbers as a table").click();
    await expect(page.getByTestId("chart-table").getByRole("row")).toHaveCount(73);

    await page.goto(`${dashboard(campaign.id)}/team`);
    const invitee = uniqueEmail("no-script");
    await page.getByLabel("Email address").fill(invitee);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByTestId("invite-status-success")).toHaveText("Invitation sent.");
    await expect(page.getByTestId("team-invitations")).toContainText(invitee);
    await page.getByRole("button", { name: `Cancel invitation to ${invitee}` }).click();
    await expect(page.getByTestId("cancel-status-success")).toHaveText("Invitation cancelled.");
    await expect(page.getByTestId("no-invitations")).toBeVisible();
    await noScript.close();
  });

  test("someone off the team gets 404 on the dashboard and the CSVs; nobody signed in gets 401 and the sign-in page", async ({ page, context, browser }) => {
    const { campaign } = await campaignWithSigners();
    const stranger = await createPerson({ role: "ADMIN" });
    await signInAs(context, stranger);

    // Not even an admin: signer data is for the campaign's team only.
    expect((await page.goto(dashboard(campaign.id)))!.status()).toBe(404);
    expect((await page.goto(`${dashboard(campaign.id)}/team`))!.status()).toBe(404);
    const refused = await page.request.get(signersCsv(campaign.id));
    expect(refused.status()).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    expect((await page.request.get(countriesCsv(campaign.id))).status()).toBe(404);
    expect((await page.request.get(signersCsv("not-a-uuid"))).status()).toBe(404);

    const anonymous = await newSignedOutContext(browser);
    const visitor = await anonymous.newPage();
    const unauthenticated = await visitor.request.get(signersCsv(campaign.id));
    expect(unauthenticated.status()).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    expect((await visitor.request.get(countriesCsv(campaign.id))).status()).toBe(401);
    await visitor.goto(dashboard(campaign.id));
    await expect(visitor).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(dashboard(campaign.id))}$`));
    await anonymous.close();
    expect(await e2eDb().auditLog.count({ where: { campaignId: campaign.id, action: { startsWith: "export." } } })).toBe(0);
  });
});
