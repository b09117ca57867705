import { expect, test, type Page } from "@playwright/test";
import { publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { signatureRows, uniqueEmail } from "./support/data";
import { openNewestEmailTo } from "./support/mailbox";
import { mailboxAccess } from "./support/mailbox-key";

// Issue 6, item 1: only the person who controls the mailbox decides what is shown and what
// they consent to. The choices ticked on the sign form pre-tick the confirm page only in the
// browser that ticked them.

test.use({ locale: "en-US" });

const SHOW_PUBLICLY = "Show my first name and country among recent signers.";
const CONSENT = "Email me updates about this campaign. I can unsubscribe with one click at any time.";

/** Signs in English with both choices ticked. */
async function signWithChoices(page: Page, values: { name: string; email: string }) {
  await page.getByLabel("Full name", { exact: true }).fill(values.name);
  await page.getByLabel("Email address", { exact: true }).fill(values.email);
  await page.getByLabel("Country or region").selectOption("DE");
  await page.getByLabel(CONSENT).check();
  await page.getByLabel(SHOW_PUBLICLY).check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-success")).toBeVisible();
}

test("a stranger's ticks are not the mailbox owner's: opened in another browser, nothing is pre-ticked or shown", async ({ browser }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-stranger") });
  const victim = uniqueEmail("victim");

  const stranger = await browser.newContext({ storageState: mailboxAccess });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`/c/${campaign.slug}`);
  await signWithChoices(strangerPage, { name: "Vera Victim", email: victim });
  await stranger.close();

  // The victim reads the email in their own browser: no cookie from the sign form.
  const owner = await browser.newContext({ storageState: mailboxAccess });
  const page = await owner.newPage();
  const mail = await openNewestEmailTo(page, victim);
  await page.goto(mail.confirmUrl);
  await expect(page.getByTestId("confirm-pending")).toContainText("Only what you confirm on this page is kept");
  await expect(page.getByLabel("Full name", { exact: true })).toHaveValue("Vera Victim");
  await expect(page.getByLabel("Country or region")).toHaveValue("DE");
  await expect(page.getByLabel(SHOW_PUBLICLY)).not.toBeChecked();
  await expect(page.getByLabel(CONSENT)).not.toBeChecked();

  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
  await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "1");
  const [row] = await signatureRows(campaign.id);
  expect(row).toMatchObject({ status: "CONFIRMED", showPublicly: false, consentUpdates: false, consentWording: null, consentAt: null });
  // A fresh page reads the ticker from the stream: the victim is not on it.
  await page.goto(`/c/${campaign.slug}`);
  await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "1");
  await expect(page.getByTestId("recent-signers")).toHaveCount(0);
  await expect(page.getByText("Vera")).toHaveCount(0);
  await owner.close();
});

test("in the browser that signed, the choices are pre-ticked, and the ticker shows the first name", async ({ page }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-own") });
  const email = uniqueEmail("own");
  await page.goto(`/c/${campaign.slug}`);
  await signWithChoices(page, { name: "Ada Lovelace", email });

  const mail = await openNewestEmailTo(page, email);
  await page.goto(mail.confirmUrl);
  await expect(page.getByLabel(SHOW_PUBLICLY)).toBeChecked();
  await expect(page.getByLabel(CONSENT)).toBeChecked();
  await page.getByRole("button", { name: "Confirm my signature" }).click();

  await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
  await expect(page.getByTestId("recent-signers")).toHaveText("Ada from Germany signed a few minutes ago");
  const [row] = await signatureRows(campaign.id);
  expect(row).toMatchObject({ status: "CONFIRMED", showPublicly: true, consentUpdates: true, consentWording: "updates-v1:en" });
});

test.describe("without JavaScript", () => {
  test("the confirm form re-shows what was chosen with the error, then stores the corrected choices", async ({ browser }) => {
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-nojs") });
    const email = uniqueEmail("nojs");
    // Signed elsewhere (the API), so nothing is pre-ticked here.
    const context = await browser.newContext({ javaScriptEnabled: true, storageState: mailboxAccess });
    const signed = await context.request.post(`/api/v1/campaigns/${campaign.slug}/signatures`, {
      data: { name: "Grace Hopper", email, country: "US", consentUpdates: true, showPublicly: true },
    });
    expect(signed.status()).toBe(202);
    const mail = await openNewestEmailTo(await context.newPage(), email);
    await context.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: "en-US", storageState: mailboxAccess });
    const page = await noScript.newPage();
    await page.goto(mail.confirmUrl);
    await expect(page.getByLabel(SHOW_PUBLICLY)).not.toBeChecked();
    await page.getByLabel("Full name", { exact: true }).fill("   ");
    await page.getByLabel("Country or region").selectOption("FR");
    await page.getByLabel(SHOW_PUBLICLY).check();
    await page.getByRole("button", { name: "Confirm my signature" }).click();

    await expect(page.getByTestId("confirm-errors")).toContainText("Enter your name.");
    await expect(page.getByLabel("Country or region")).toHaveValue("FR");
    await expect(page.getByLabel(SHOW_PUBLICLY)).toBeChecked();
    await expect(page.getByLabel(CONSENT)).not.toBeChecked();
    expect((await signatureRows(campaign.id))[0]?.status).toBe("PENDING");

    await page.getByLabel("Full name", { exact: true }).fill("Grace B. Hopper");
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
    const [row] = await signatureRows(campaign.id);
    expect(row).toMatchObject({ status: "CONFIRMED", name: "Grace B. Hopper", country: "FR", showPublicly: true, consentUpdates: false });
    await noScript.close();
  });
});
