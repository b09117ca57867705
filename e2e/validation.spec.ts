import { expect, test, type Page } from "@playwright/test";
import { SIGNATURE_LIMITS } from "../lib/signatures/signature-limits";
import { publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { signatureRows, signInEnglish, uniqueEmail } from "./support/data";
import { openNewestEmailTo } from "./support/mailbox";

test.use({ locale: "en-US" });

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function expectFieldError(page: Page, label: string, id: string, message: string) {
  await expect(field(page, label)).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, label)).toHaveAttribute("aria-describedby", new RegExp(`(^| )${id}-error( |$)`));
  await expect(page.locator(`#${id}-error`)).toHaveText(message);
  await expect(page.getByTestId("sign-errors").getByRole("link", { name: message })).toHaveAttribute("href", `#${id}`);
}

test("errors are summarised, linked and announced; typed values stay", async ({ page }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-invalid") });
  await page.goto(`/c/${campaign.slug}`);
  // The browser's region is preselected once the form is live; the signer clears it.
  await expect(field(page, "Country or region")).toHaveValue("US");
  await field(page, "Country or region").selectOption("");
  await page.getByRole("button", { name: "Sign the petition" }).click();

  // Next.js keeps an empty route announcer with role=alert too; the summary is the other one.
  const summary = page.getByRole("alert").and(page.getByTestId("sign-errors"));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Please fix the following:");
  await expectFieldError(page, "Full name", "name", "Enter your name.");
  await expectFieldError(page, "Email address", "email", "Enter a valid email address, like name@example.com.");
  await expectFieldError(page, "Country or region", "country", "Choose your country or region from the list.");
  await expect(field(page, "Email address")).toHaveAttribute("aria-describedby", "email-hint email-error");
  await expect(field(page, "Postal code (optional)")).toHaveAttribute("aria-invalid", "false");
  // The field the error is about stays as it was sent: empty, not refilled from the browser's region.
  await expect(field(page, "Country or region")).toHaveValue("");
  expect(await signatureRows(campaign.id)).toHaveLength(0);

  // A summary link takes the keyboard to its field.
  await summary.getByRole("link", { name: "Enter a valid email address, like name@example.com." }).click();
  await expect(field(page, "Email address")).toBeFocused();

  await field(page, "Full name").fill("Ada Lovelace");
  await field(page, "Email address").fill("ada-at-example.org");
  await field(page, "Postal code (optional)").fill("12 345");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(summary.getByRole("link")).toHaveCount(2);
  await expect(field(page, "Full name")).toHaveValue("Ada Lovelace");
  await expect(field(page, "Email address")).toHaveValue("ada-at-example.org");
  await expect(field(page, "Postal code (optional)")).toHaveValue("12 345");
  await expect(field(page, "Full name")).toHaveAttribute("aria-invalid", "false");
  await expect(page.locator("#name-error")).toHaveCount(0);

  const email = uniqueEmail("fixed");
  await field(page, "Email address").fill(email);
  await field(page, "Country or region").selectOption("FR");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-success")).toContainText(email);
  const rows = await signatureRows(campaign.id);
  expect(rows.map((row) => [row.name, row.email, row.country, row.postalCode])).toEqual([["Ada Lovelace", email, "FR", "12 345"]]);
});

test("markup in a name is kept as text and never runs", async ({ page }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-xss") });
  const name = `<script>alert("x")</script><img src=x onerror="alert('y')"><b>Bold</b>`;
  const email = uniqueEmail("xss");
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });

  await page.goto(`/c/${campaign.slug}`);
  await signInEnglish(page, { name, email });
  await expect(page.getByTestId("sign-success")).toBeVisible();
  expect((await signatureRows(campaign.id))[0]?.name).toBe(name);

  // The email never repeats the typed name (anyone can type one next to someone else's address).
  const mail = await openNewestEmailTo(page, email);
  expect(mail.text).toContain("Hello,");
  expect(mail.text).not.toContain("Bold");
  const html = page.frameLocator("iframe.mail-frame");
  await expect(html.getByText("Hello,", { exact: true })).toBeVisible();
  await expect(html.locator("script, img, b")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("signing with the keyboard only", async ({ page }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-keys") });
  const email = uniqueEmail("keys");
  await page.goto(`/c/${campaign.slug}`);

  // Tab from the top of the page until the name field has focus.
  const nameField = field(page, "Full name");
  for (let presses = 0; presses < 30 && !(await nameField.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(nameField).toBeFocused();
  await page.keyboard.type("Katherine Johnson");
  await page.keyboard.press("Tab");
  await expect(field(page, "Email address")).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(field(page, "Country or region")).toBeFocused();
  await page.keyboard.type("Germany");
  await expect(field(page, "Country or region")).toHaveValue("DE");
  await page.keyboard.press("Tab");
  await expect(field(page, "Postal code (optional)")).toBeFocused();
  await page.keyboard.type("10115");
  await page.keyboard.press("Tab");
  const consent = page.getByRole("checkbox", { name: /Email me updates/ });
  await expect(consent).toBeFocused();
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Sign the petition" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("sign-success")).toBeFocused();
  await expect(page.getByTestId("sign-success")).toContainText(email);
  const rows = await signatureRows(campaign.id);
  expect(rows.map((row) => [row.name, row.country, row.postalCode, row.consentUpdates])).toEqual([
    ["Katherine Johnson", "DE", "10115", true],
  ]);
});

test("each field's length limit in the browser is the server's", async ({ page }) => {
  // Issue 6, item 11: the form let people type 400 and 40 characters where the server takes 200 and 16.
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-limits") });
  await page.goto(`/c/${campaign.slug}`);
  await expect(field(page, "Full name")).toHaveAttribute("maxlength", String(SIGNATURE_LIMITS.name));
  await expect(field(page, "Email address")).toHaveAttribute("maxlength", String(SIGNATURE_LIMITS.email));
  await expect(field(page, "Postal code (optional)")).toHaveAttribute("maxlength", String(SIGNATURE_LIMITS.postalCode));

  // What the browser lets through, the server accepts.
  await field(page, "Full name").fill("n".repeat(SIGNATURE_LIMITS.name + 50));
  await expect(field(page, "Full name")).toHaveValue("n".repeat(SIGNATURE_LIMITS.name));
  const email = uniqueEmail("limits");
  await field(page, "Email address").fill(email);
  await field(page, "Country or region").selectOption("KR");
  await field(page, "Postal code (optional)").fill("1".repeat(SIGNATURE_LIMITS.postalCode + 10));
  await expect(field(page, "Postal code (optional)")).toHaveValue("1".repeat(SIGNATURE_LIMITS.postalCode));
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-success")).toBeVisible();
  await expect.poll(() => e2eDb().signature.count({ where: { email } })).toBe(1);
});
