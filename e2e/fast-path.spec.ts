import { expect, test, type Page, type Request } from "@playwright/test";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { APP_SECRET, signatureRows, signInEnglish, uniqueEmail } from "./support/data";
import { openNewestEmailTo } from "./support/mailbox";
import { mailboxAccess } from "./support/mailbox-key";

// Issue 10, item 2: with JavaScript the sign form and the confirm form go to the JSON API's
// fast door (lib/api/*); without it they post their server actions as before.

test.use({ locale: "en-US" });

/** Every POST the page makes, with whether it was a Next.js server action. */
function recordPosts(page: Page): { url: string; serverAction: boolean; body: string | null }[] {
  const posts: { url: string; serverAction: boolean; body: string | null }[] = [];
  page.on("request", (request: Request) => {
    if (request.method() !== "POST") return;
    const headers = request.headers();
    // A client-side action call carries `Next-Action`; a form posted without JavaScript, its
    // action's id in the multipart body ($ACTION_ID_… / $ACTION_REF_…).
    const body = request.postData();
    posts.push({ url: new URL(request.url()).pathname, serverAction: Boolean(headers["next-action"]) || /\$ACTION_/.test(body ?? ""), body });
  });
  return posts;
}

/** React has hydrated this element (it attaches its props to the DOM node then). */
async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return Boolean(element && Object.keys(element).some((key) => key.startsWith("__reactProps")));
  }, selector);
}

test("with JavaScript the sign form and the confirm form use the JSON API, not server actions", async ({ page, context }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-fast"), title: "Open the river path" });
  const email = uniqueEmail("fast");
  const posts = recordPosts(page);

  await page.goto(`/c/${campaign.slug}?ref=AbCdEfGhIjKl&utm_source=newsletter`);
  await hydrated(page, "form[aria-labelledby='sign-heading']");
  await page.getByLabel("Email me updates about this campaign. I can unsubscribe with one click at any time.").check();
  await signInEnglish(page, { name: "Ada Fast", email: email.toUpperCase() });
  await expect(page.getByTestId("sign-success")).toBeFocused();
  // The address as stored (trimmed, lower-cased).
  await expect(page.getByTestId("sign-success")).toContainText(email);

  const signPosts = posts.filter((post) => post.url.startsWith(`/c/`) || post.url.startsWith("/api/"));
  expect(signPosts.map((post) => [post.url, post.serverAction])).toEqual([[`/api/v1/campaigns/${campaign.slug}/signatures`, false]]);
  expect(JSON.parse(signPosts[0]!.body!)).toMatchObject({
    name: "Ada Fast",
    country: "DE",
    consentUpdates: true,
    showPublicly: false,
    locale: "en",
    referredBy: "AbCdEfGhIjKl",
    utmSource: "newsletter",
    hp: "",
    rememberInThisBrowser: true,
  });
  const [row] = await signatureRows(campaign.id);
  expect(row).toMatchObject({ email, status: "PENDING", locale: "en", utmSource: "newsletter" });
  // The submission proof, as the server action sets it.
  const proof = (await context.cookies()).find((cookie) => cookie.name === "chorus_signed");
  expect(proof).toMatchObject({ path: "/", httpOnly: true, sameSite: "Lax", secure: false });

  const mail = await openNewestEmailTo(page, email);
  posts.length = 0;
  await page.goto(mail.confirmUrl);
  await hydrated(page, "[data-testid='confirm-form']");
  // The proof pre-ticks the choice made when signing.
  await expect(page.getByLabel("Email me updates about this campaign. I can unsubscribe with one click at any time.")).toBeChecked();
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
  await expect(page.getByTestId("confirmed-banner")).toBeVisible();
  expect(posts.map((post) => [post.url, post.serverAction])).toEqual([["/api/v1/confirmations", false]]);
  expect(JSON.parse(posts[0]!.body!)).toMatchObject({ name: "Ada Fast", country: "DE", consentUpdates: true, locale: "en", rememberInThisBrowser: true });
  expect((await signatureRows(campaign.id))[0]).toMatchObject({ status: "CONFIRMED", consentUpdates: true, consentWording: "updates-v1:en" });
  // The share code for the thank-you's links, as the server action sets it.
  const shareRef = (await context.cookies()).find((cookie) => cookie.name === "chorus_share_ref");
  expect(shareRef).toMatchObject({ value: row!.referralCode, path: "/", httpOnly: false, sameSite: "Lax" });
});

test("without JavaScript the same forms post their server actions", async ({ browser }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-slow"), title: "Keep the ferry running" });
  const email = uniqueEmail("slow");
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US", storageState: mailboxAccess });
  const page = await context.newPage();
  const posts = recordPosts(page);

  await page.goto(`/c/${campaign.slug}`);
  await signInEnglish(page, { name: "Noor Plain", email });
  await expect(page.getByTestId("sign-success")).toContainText(email);
  expect(posts.map((post) => [post.url, post.serverAction])).toEqual([[`/c/${campaign.slug}`, true]]);
  expect((await context.cookies()).map((cookie) => cookie.name)).toContain("chorus_signed");

  const mail = await openNewestEmailTo(page, email);
  posts.length = 0;
  await page.goto(mail.confirmUrl);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
  expect(posts.map((post) => [post.url, post.serverAction])).toEqual([[new URL(mail.confirmUrl).pathname, true]]);
  expect((await signatureRows(campaign.id))[0]?.status).toBe("CONFIRMED");
  await context.close();
});

test("a failed request keeps what was typed and says so; one click sends once; the rate limit names its seconds", async ({ page }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-fast-fail") });
  const api = `**/api/v1/campaigns/${campaign.slug}/signatures`;
  await page.goto(`/c/${campaign.slug}`);
  await hydrated(page, "form[aria-labelledby='sign-heading']");
  const summary = page.getByTestId("sign-errors");
  const button = page.getByRole("button", { name: /Sign the petition|Signing…/ });

  // The server fails: nothing is lost.
  await page.route(api, (route) => route.fulfill({ status: 500, contentType: "application/json", body: '{"error":{"code":"INTERNAL_ERROR","message":"x","fields":{}}}' }));
  await signInEnglish(page, { name: "Kim Kept", email: "kim@example.org" });
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText("Something went wrong on our side. Your signature was not saved; please try again.");
  await expect(page.getByLabel("Full name", { exact: true })).toHaveValue("Kim Kept");
  await expect(page.getByLabel("Email address", { exact: true })).toHaveValue("kim@example.org");
  await expect(page.getByLabel("Country or region")).toHaveValue("DE");

  // The network fails: the same.
  await page.unroute(api);
  await page.route(api, (route) => route.abort("connectionreset"));
  await button.click();
  await expect(summary).toHaveText("Something went wrong on our side. Your signature was not saved; please try again.");
  await expect(page.getByLabel("Full name", { exact: true })).toHaveValue("Kim Kept");

  // A slow answer: the button is disabled while it is on its way, and a double click sends once.
  await page.unroute(api);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let sent = 0;
  await page.route(api, async (route) => {
    sent++;
    await held;
    await route.fulfill({ status: 429, headers: { "Retry-After": "42" }, contentType: "application/json", body: '{"error":{"code":"RATE_LIMITED","message":"x","fields":{}}}' });
  });
  await button.dblclick();
  await expect(button).toBeDisabled();
  await expect(button).toHaveText("Signing…");
  release();
  await expect(summary).toHaveText("Too many attempts. Please wait 42 seconds and try again.");
  await expect(button).toBeEnabled();
  expect(sent).toBe(1);

  // Two submits in one task (before React has disabled the button; a script's requestSubmit
  // ignores a disabled button anyway): still one request.
  await page.unroute(api);
  sent = 0;
  await page.route(api, async (route) => {
    sent++;
    await route.fulfill({ status: 409, contentType: "application/json", body: '{"error":{"code":"CAMPAIGN_CLOSED","message":"x","fields":{}}}' });
  });
  await page.locator("form[aria-labelledby='sign-heading']").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(summary).toHaveText("This petition is closed.");
  expect(sent).toBe(1);
  expect(await signatureRows(campaign.id)).toHaveLength(0);
});

test("with JavaScript, a link that cannot be confirmed any more shows the page's explanation, as the action's redirect did", async ({ page }) => {
  const db = e2eDb();
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-fast-gone") });
  const { signature, token } = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET });
  await page.goto(`/confirm/${token}`);
  await hydrated(page, "[data-testid='confirm-form']");
  // The link expires while the page is open.
  await db.signature.update({ where: { id: signature.id }, data: { tokenExpiresAt: new Date(Date.now() - 1000) } });
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirm-expired")).toContainText("This link has expired");
  await expect(page).toHaveURL(`/confirm/${token}`);
  expect((await signatureRows(campaign.id))[0]?.status).toBe("PENDING");
});

test("with JavaScript the widget's form uses the JSON API too, marked as the widget's, and asks for no cookie", async ({ page, context }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-fast-embed") });
  const email = uniqueEmail("fast-embed");
  const posts = recordPosts(page);
  await page.goto(`/embed/${campaign.slug}?src=facebook`);
  await hydrated(page, "form[aria-labelledby='sign-heading']");
  await signInEnglish(page, { name: "Wim Widget", email });
  await expect(page.getByTestId("sign-success")).toContainText(email);
  expect(posts.map((post) => [post.url, post.serverAction])).toEqual([[`/api/v1/campaigns/${campaign.slug}/signatures`, false]]);
  const body = JSON.parse(posts[0]!.body!);
  expect(body).toMatchObject({ source: "embed", locale: "en" });
  expect(body).not.toHaveProperty("rememberInThisBrowser");
  expect((await signatureRows(campaign.id)).map((row) => [row.email, row.source])).toEqual([[email, "embed"]]);
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain("chorus_signed");
});
