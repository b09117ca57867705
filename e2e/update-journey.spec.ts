import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { addToTeam, createPerson, signInAs, type TestPerson } from "./support/auth";
import { APP_SECRET, apiCount, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";
import { openNewestLinkTo } from "./support/mailbox";
import { mailboxAccess } from "./support/mailbox-key";

// Issue 9's whole journey across its parts: an update is emailed; one signer unsubscribes with
// the mail client's one-click POST, another withdraws while a campaign page is open; the next
// update reaches only the signer who stayed.
test.use({ locale: "en-US" });
test.describe.configure({ timeout: 240_000 });

async function confirmedConsentingSigner(request: APIRequestContext, campaignId: string) {
  const email = uniqueEmail("journey");
  const { token } = await pendingSignature(e2eDb(), { campaignId, secret: APP_SECRET, email });
  const confirmed = await request.post("/api/v1/confirmations", { data: { token, name: "Min-ji", consentUpdates: true, locale: "en" } });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return email;
}

async function signedIn(browser: Browser, person: TestPerson): Promise<Page> {
  const context = await browser.newContext({ storageState: mailboxAccess });
  await signInAs(context, person);
  return context.newPage();
}

/** Writes an update as a draft and emails it through the organizer's confirmation, waiting until it is sent. */
async function emailUpdate(organizer: Page, campaignId: string, title: string, expectedRecipients: number) {
  const update = await e2eDb().campaignUpdate.create({ data: { campaignId, title, body: `${title}: thank you for signing.` } });
  await organizer.goto(`/dashboard/campaigns/${campaignId}/updates/${update.id}?confirm=email`);
  await expect(organizer.getByTestId("confirm-recipients")).toContainText(`${expectedRecipients}`);
  await organizer.getByRole("button", { name: /^Yes, email/ }).click();
  const progress = organizer.getByTestId("broadcast-progress");
  await expect(progress).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
  await expect(progress.getByTestId("progress-sent")).toContainText(`${expectedRecipients}`);
}

async function subjectsTo(mailbox: Page, address: string): Promise<string[]> {
  await mailbox.goto("/dev/mailbox");
  const rows = mailbox.getByTestId("mailbox-row").filter({ has: mailbox.getByRole("cell", { name: address, exact: true }) });
  return rows.getByRole("link").allTextContents();
}

test("after an update, a one-click unsubscribe and a withdrawal: the count drops by one on an open page and the next update reaches only who stayed", async ({
  browser,
  request,
  playwright,
  baseURL,
}) => {
  const db = e2eDb();
  const owner = await createPerson();
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-journey"), title: "Keep the shelter open" });
  await addToTeam(campaign.id, owner, "OWNER");
  const [leaver, withdrawer, stayer] = [
    await confirmedConsentingSigner(request, campaign.id),
    await confirmedConsentingSigner(request, campaign.id),
    await confirmedConsentingSigner(request, campaign.id),
  ];
  const organizer = await signedIn(browser, owner);
  const mailbox = await browser.newContext({ storageState: mailboxAccess }).then((context) => context.newPage());

  await emailUpdate(organizer, campaign.id, "The council will vote on Friday", 3);

  // The mail client's unsubscribe button: a POST to the List-Unsubscribe address, no cookies.
  const { url } = await openNewestLinkTo(mailbox, leaver, "/unsubscribe/");
  const token = new URL(url).pathname.split("/").pop()!;
  const mailClient = await playwright.request.newContext({ baseURL });
  const oneClick = await mailClient.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  await mailClient.dispose();

  // Another signer withdraws from their email's page while the campaign page is open elsewhere.
  const campaignTab = await browser.newPage();
  await campaignTab.goto(`/c/${campaign.slug}`);
  await expect(campaignTab.getByTestId("signature-count")).toHaveAttribute("data-count", "3");
  const withdrawLink = await openNewestLinkTo(mailbox, withdrawer, "/unsubscribe/");
  await mailbox.goto(withdrawLink.url);
  await mailbox.getByRole("link", { name: "Withdraw my signature" }).click();
  await mailbox.getByRole("button", { name: "Yes, withdraw my signature" }).click();
  await expect(mailbox.getByRole("status")).toHaveText("Done: your signature was withdrawn and no longer counts.");
  await expect(campaignTab.getByTestId("signature-count")).toHaveAttribute("data-count", "2");
  expect(await apiCount(request, campaign.slug)).toBe(2);

  await emailUpdate(organizer, campaign.id, "The council voted yes", 1);
  expect(await subjectsTo(mailbox, leaver)).toEqual([`${campaign.title}: The council will vote on Friday`]);
  expect(await subjectsTo(mailbox, withdrawer)).toEqual([`${campaign.title}: The council will vote on Friday`]);
  expect(await subjectsTo(mailbox, stayer)).toEqual([`${campaign.title}: The council voted yes`, `${campaign.title}: The council will vote on Friday`]);
});
