import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createHmac } from "node:crypto";
import { unsubscribeTokenFor } from "../lib/unsubscribe/unsubscribe-token";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { APP_SECRET, apiCount, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";

test.use({ locale: "en-US" });

/**
 * A signer who confirmed through the app's own confirm endpoint (so the count goes up as it
 * does for anyone) and asked for updates, and the unsubscribe link their emails carry.
 */
async function consentingSigner(request: APIRequestContext, campaignId: string, email = uniqueEmail("unsub")) {
  const { signature, token } = await pendingSignature(e2eDb(), { campaignId, secret: APP_SECRET, email });
  const confirmed = await request.post("/api/v1/confirmations", {
    data: { token, name: "Seo-yeon Park", showPublicly: true, consentUpdates: true, locale: "en" },
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);
  return { signature, email, path: `/unsubscribe/${unsubscribeTokenFor(APP_SECRET, signature.id)}` };
}

const stored = (id: string) => e2eDb().signature.findUniqueOrThrow({ where: { id } });
// lib/email/recipient-key.ts's key for an address already in its normal form (that module
// pulls in JSON catalogues Playwright's loader cannot import).
const addressKey = (email: string) => createHmac("sha256", APP_SECRET).update(`recipient:${email}`).digest("hex").slice(0, 40);
const suppression = (email: string) => e2eDb().emailSuppression.findUnique({ where: { addressKey: addressKey(email) } });

/** Moves focus with Tab alone until the named control has it, then presses Enter. */
async function pressByKeyboard(page: Page, name: string) {
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === name) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`Tab never reached "${name}"`);
}

test("by keyboard: stop this petition's emails, re-subscribe, stop all email, re-subscribe", async ({ page, request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-unsub"), title: "Keep the library open" });
  const { signature, email, path } = await consentingSigner(request, campaign.id);

  const opened = await page.goto(path);
  expect(opened!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your email from this petition");
  await expect(page.getByTestId("email-preferences")).toContainText("Keep the library open");
  await expect(page.getByTestId("email-preferences")).toContainText(`Emails go to u•••@example.org`);
  // Nothing of the person beyond the masked address.
  await expect(page.locator("body")).not.toContainText(email);
  await expect(page.locator("body")).not.toContainText("Seo-yeon Park");
  await expect(page.getByTestId("preference-state")).toHaveText("You get email updates about this petition.");
  await expectNoSeriousA11yViolations(page);
  // Opening the link (as a mail scanner does) changed nothing.
  expect((await stored(signature.id)).unsubscribedAt).toBeNull();

  await pressByKeyboard(page, "Stop emails about this petition");
  await expect(page.getByRole("status")).toHaveText("Done: you will get no more emails about this petition.");
  await expect(page.getByTestId("preference-status")).toBeFocused();
  await expect(page.getByTestId("preference-state")).toHaveText("You no longer get email updates about this petition.");
  expect((await stored(signature.id)).unsubscribedAt).toBeInstanceOf(Date);
  expect((await stored(signature.id)).consentUpdates).toBe(true);
  await expectNoSeriousA11yViolations(page);

  await pressByKeyboard(page, "Re-subscribe");
  await expect(page.getByRole("status")).toHaveText("Done: you will get this petition's updates again.");
  await expect(page.getByTestId("preference-status")).toBeFocused();
  expect((await stored(signature.id)).unsubscribedAt).toBeNull();

  await pressByKeyboard(page, "Stop all email from this site");
  await expect(page.getByRole("status")).toHaveText("Done: this site will send no more email to this address.");
  await expect(page.getByTestId("preference-state")).toHaveText("This site sends no email to this address: you asked it to stop all email.");
  expect(await suppression(email)).toMatchObject({ reason: "UNSUBSCRIBED_ALL" });
  await expectNoSeriousA11yViolations(page);

  await pressByKeyboard(page, "Re-subscribe");
  await expect(page.getByRole("status")).toHaveText("Done: you will get this petition's updates again.");
  expect(await suppression(email)).toBeNull();
  await expect(page.getByTestId("preference-state")).toHaveText("You get email updates about this petition.");
});

test("the buttons work without JavaScript", async ({ browser, request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-unsub-nojs") });
  const { signature, path } = await consentingSigner(request, campaign.id);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole("button", { name: "Stop emails about this petition" }).click();
  await expect(page.getByRole("status")).toHaveText("Done: you will get no more emails about this petition.");
  expect((await stored(signature.id)).unsubscribedAt).toBeInstanceOf(Date);
  await context.close();
});

test("one-click unsubscribe (RFC 8058): a POST without cookies unsubscribes; a forged token changes nothing", async ({ playwright, baseURL, request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-one-click") });
  const { signature, path } = await consentingSigner(request, campaign.id);
  const token = path.split("/").pop()!;
  // A fresh client: no cookies, no page, as a mail provider posts.
  const client = await playwright.request.newContext({ baseURL });

  const forged = unsubscribeTokenFor("someone-elses-secret-someone-elses", signature.id);
  const refused = await client.post(`/api/unsubscribe/${forged}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toMatchObject({ error: { code: "INVALID_LINK", message: expect.any(String) } });
  expect((await stored(signature.id)).unsubscribedAt).toBeNull();

  const response = await client.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, unsubscribed: true });
  expect(response.headers()["content-security-policy"]).toBeTruthy();
  expect((await stored(signature.id)).unsubscribedAt).toBeInstanceOf(Date);
  // Again: still fine.
  expect((await client.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);

  // The header's link opened in a browser goes to the page, which changes nothing on GET.
  const opened = await client.get(`/api/unsubscribe/${token}`, { maxRedirects: 0 });
  expect(opened.status()).toBe(303);
  expect(opened.headers().location).toBe(`/unsubscribe/${token}`);
  await client.dispose();
});

test("a forged, altered or malformed link shows that it is not valid, with 404", async ({ page, request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-unsub-forged") });
  const { signature, path } = await consentingSigner(request, campaign.id);
  const token = path.split("/").pop()!;
  for (const bad of [unsubscribeTokenFor("someone-elses-secret-someone-elses", signature.id), `${token.slice(0, -2)}xx`, "not-a-token"]) {
    const response = await page.goto(`/unsubscribe/${bad}`);
    expect(response!.status(), bad).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link is not valid");
    await expect(page.getByTestId("unsubscribe-invalid").getByRole("button")).toHaveCount(0);
  }
  await expectNoSeriousA11yViolations(page);
  expect((await stored(signature.id)).unsubscribedAt).toBeNull();
});

test("withdrawing, after a confirm step, takes exactly one off the live count a campaign page shows", async ({ page, context, request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-withdraw"), title: "Light the underpass" });
  await consentingSigner(request, campaign.id);
  await consentingSigner(request, campaign.id);
  const { signature, path } = await consentingSigner(request, campaign.id);
  expect(await apiCount(request, campaign.slug)).toBe(3);

  const campaignTab = await context.newPage();
  await campaignTab.goto(`/c/${campaign.slug}`);
  await expect(campaignTab.getByTestId("signature-count")).toHaveAttribute("data-count", "3");

  await page.goto(path);
  await page.getByRole("link", { name: "Withdraw my signature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Withdraw your signature?");
  await expectNoSeriousA11yViolations(page);
  // The confirm step itself changes nothing; "keep" goes back.
  expect((await stored(signature.id)).status).toBe("CONFIRMED");
  await page.getByRole("link", { name: "No, keep my signature" }).click();
  await expect(page.getByTestId("email-preferences")).toBeVisible();
  await page.getByRole("link", { name: "Withdraw my signature" }).click();

  await page.getByRole("button", { name: "Yes, withdraw my signature" }).click();
  await expect(page.getByRole("status")).toHaveText("Done: your signature was withdrawn and no longer counts.");
  await expect(page.getByTestId("preference-status")).toBeFocused();
  await expect(page.getByTestId("preference-state")).toHaveText(
    "You withdrew your signature. It no longer counts, and you get no email about this petition.",
  );
  // Only "stop all email" is left to do.
  await expect(page.getByTestId("email-preferences").getByRole("button")).toHaveText(["Stop all email from this site"]);
  await expect(page.getByRole("link", { name: "Withdraw my signature" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The other tab's live counter drops by exactly one, without a reload.
  await expect(campaignTab.getByTestId("signature-count")).toHaveAttribute("data-count", "2");
  expect(await apiCount(request, campaign.slug)).toBe(2);
  expect(await stored(signature.id)).toMatchObject({ status: "WITHDRAWN", name: "", showPublicly: false });
});
