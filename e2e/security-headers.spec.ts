import { expect, test, type Page } from "@playwright/test";
import { closedCampaign, pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { APP_SECRET } from "./support/data";
import { mailboxAccess } from "./support/mailbox-key";

test.use({ locale: "en-US" });

function scriptSources(policy: string): string[] {
  const directive = policy.split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src "));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

test("pages carry a policy that allows only this origin's scripts and their own framework scripts by hash", async ({ request }) => {
  const response = await request.get("/c/save-my-friend");
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  const sources = scriptSources(policy);
  expect(sources).toContain("'self'");
  expect(sources.some((source) => source.startsWith("'sha256-"))).toBe(true);
  expect(sources).not.toContain("'unsafe-inline'");
  expect(sources).not.toContain("'unsafe-eval'");
  expect(policy).toContain("frame-ancestors 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // Plain HTTP here: HSTS would be ignored by browsers and is not sent.
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("only the embeddable widget may be framed by other sites, however its address is spelled", async ({ request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-framing") });
  for (const path of [
    `/embed/${campaign.slug}`,
    `/embed/${campaign.slug}?theme=dark`,
    `/ko/embed/${campaign.slug}`,
    `/%65mbed/${campaign.slug}`,
    `/embed/no-such-campaign`,
  ]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    expect(headers["x-frame-options"], path).toBeUndefined();
    // The rest of the page's policy is as strict as every page's.
    expect(scriptSources(headers["content-security-policy"] ?? ""), path).not.toContain("'unsafe-inline'");
  }
  for (const path of [
    `/c/${campaign.slug}`,
    "/",
    `/embed/${campaign.slug}/a/b`,
    `/fr/embed/${campaign.slug}`,
    `/embed/..%2Fc/${campaign.slug}`,
    `/confirm/not-a-real-token`,
    "/sign-in",
  ]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'self'");
    expect(headers["content-security-policy"], path).not.toContain("frame-ancestors *");
    expect(headers["x-frame-options"], path).toBe("SAMEORIGIN");
  }
  const script = await request.get("/embed.js");
  expect(script.status()).toBe(200);
  expect(script.headers()["content-type"]).toMatch(/javascript/);
});

test("every response has security headers, the JSON API and files included", async ({ request }) => {
  for (const path of ["/api/v1/campaigns/save-my-friend", "/api/v1/campaigns/no-such-campaign", "/favicon.ico", "/campaigns/save-my-friend.svg"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toMatch(/default-src 'none'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["permissions-policy"], path).toBeTruthy();
  }
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
});

test("an injected inline event handler does not run, and the browser reports the refusal", async ({ page }) => {
  await page.goto("/c/save-my-friend");
  await expect(page.getByTestId("signature-count")).toBeVisible();
  const violations = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
        const holder = document.createElement("div");
        holder.innerHTML = `<img src="data:," onerror="window.__injected = true" alt="">`;
        document.body.append(holder);
      }),
  );
  expect(await violations).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
});

/** Fails the test on any console error, uncaught exception or refused resource. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

test("no page logs an error in the browser console, in English or Korean", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const open = await publishedCampaign(db, { slug: uniqueSlug("e2e-console") });
  const closed = await closedCampaign(db, { slug: uniqueSlug("e2e-console-closed") });
  const pending = await pendingSignature(db, { campaignId: open.id, secret: APP_SECRET });
  const expired = await pendingSignature(db, {
    campaignId: open.id,
    secret: APP_SECRET,
    tokenExpiresAt: new Date(Date.now() - 60_000),
  });
  const pages = ["/", "/c/save-my-friend", `/c/${open.slug}`, `/c/${closed.slug}`, `/embed/${open.slug}`, `/embed/${closed.slug}?theme=dark`, `/confirm/${pending.token}`, `/confirm/${expired.token}`, "/confirm/not-a-real-token", "/dev/mailbox"];

  for (const locale of ["en-US", "ko-KR"]) {
    const context = await browser.newContext({ locale, storageState: mailboxAccess });
    const page = await context.newPage();
    const problems = watchConsole(page);
    for (const path of pages) {
      await page.goto(path, { waitUntil: "load" });
      // Long enough for hydration and the first live-count message.
      await page.waitForTimeout(300);
    }
    // The sign form's own validation, which runs the client code of the page.
    await page.goto(`/c/${open.slug}`);
    await page.locator("form[aria-labelledby=sign-heading]").locator("button[type=submit]").click();
    await expect(page.getByTestId("sign-errors")).toBeVisible();
    expect(problems, `console errors (${locale})`).toEqual([]);
    await context.close();
  }
});
