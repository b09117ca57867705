import { mkdir } from "node:fs/promises";
import { expect, test, type ConsoleMessage, type FrameLocator, type Locator, type Page } from "@playwright/test";
import { embedSnippet } from "../lib/embed/embed-snippet";
import { closedCampaign, draftCampaign, publishedCampaign, uniqueSlug } from "../test/factories";
import { addToTeam, createPerson, signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { apiCount, signatureRows, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";
import { blogPost, startHostSite, type HostSite } from "./support/host-site";
import { openNewestEmailTo } from "./support/mailbox";
import { mailboxAccess } from "./support/mailbox-key";

// The embeddable widget, as a reader of someone else's site meets it: the snippet pasted into
// a page on a second origin (http://localhost:<port>, another site than the app's 127.0.0.1).

test.use({ locale: "en-US" });
// Journeys of many steps across two sites: more time than one page's test needs.
test.describe.configure({ timeout: 150_000 });

const SHOTS = process.env.EMBED_SHOTS_DIR ?? "test-results/screens";

let host: HostSite;
const hostPages: Record<string, string> = {};
test.beforeAll(async () => {
  host = await startHostSite(hostPages);
});
test.afterAll(async () => host?.close());

/** Puts a page on the host site and returns its address. */
function hostPage(path: string, html: string): string {
  hostPages[path] = html;
  return `${host.origin}${path}`;
}

const snippetFor = (baseURL: string, slug: string, title: string) => embedSnippet({ appUrl: baseURL, slug, frameTitle: `Petition: ${title}` });
const widgetFrame = (page: Page): FrameLocator => page.frameLocator("iframe[title^='Petition:']");
const frameHeight = (frame: Locator) => frame.evaluate((element) => element.getBoundingClientRect().height);

/** Fills and submits the widget's form (its English labels). */
async function signInWidget(frame: FrameLocator, values: { name: string; email: string }) {
  await frame.getByLabel("Full name", { exact: true }).fill(values.name);
  await frame.getByLabel("Email address", { exact: true }).fill(values.email);
  await frame.getByLabel("Country or region").selectOption("DE");
  await frame.getByRole("button", { name: "Sign the petition" }).click();
}

test("a reader of another site signs in the widget, confirms from the email and is counted; the frame follows its content", async ({ page, context, request, baseURL }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed"), title: "Light the harbour bridge" });
  const url = hostPage("/post", blogPost(snippetFor(baseURL!, campaign.slug, campaign.title)));
  const email = uniqueEmail("embed");

  await page.goto(url);
  const iframe = page.locator("iframe");
  const frame = widgetFrame(page);
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Light the harbour bridge");
  await expect(frame.getByTestId("signature-count")).toHaveAttribute("data-count", "0");
  // The script sized the frame to the widget (not the snippet's starting height).
  await expect.poll(() => iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  const contentHeight = () => frame.locator("#embed").evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  await expect.poll(async () => (await frameHeight(iframe)) - (await contentHeight())).toBe(0);
  const formHeight = await frameHeight(iframe);

  // The links leave the frame for a new tab.
  const fullCampaign = frame.getByRole("link", { name: "Read the full campaign (opens in a new tab)" });
  await expect(fullCampaign).toHaveAttribute("target", "_blank");
  await expect(fullCampaign).toHaveAttribute("rel", "noopener");
  await expect(fullCampaign).toHaveAttribute("href", `${baseURL}/c/${campaign.slug}?lang=en`);

  // An invalid submit shows the error summary: the frame grows with it.
  await frame.getByRole("button", { name: "Sign the petition" }).click();
  await expect(frame.getByTestId("sign-errors")).toBeVisible();
  await expect.poll(() => frameHeight(iframe)).toBeGreaterThan(formHeight);

  await signInWidget(frame, { name: "Ines Widget", email });
  await expect(frame.getByTestId("sign-success")).toContainText("Check your email");
  await expect(frame.getByTestId("sign-success")).toContainText(email);
  // The success message is shorter than the form: the frame shrinks to it.
  await expect.poll(() => frameHeight(iframe)).toBeLessThan(formHeight);
  await expect.poll(async () => (await frameHeight(iframe)) - (await contentHeight())).toBe(0);
  await page.screenshot({ path: `${SHOTS}/embed-host-success.png`, fullPage: true });

  // Signed through the widget: pending, marked as such; no cookie was set from the frame.
  const rows = await signatureRows(campaign.id);
  expect(rows.map((row) => [row.email, row.status, row.source])).toEqual([[email, "PENDING", "embed"]]);
  const cookies = (await context.cookies(baseURL)).map((cookie) => cookie.name);
  expect(cookies).not.toContain("chorus_signed");
  expect(cookies).not.toContain("NEXT_LOCALE");

  // The email's link works as from the campaign page; the choices start unticked there.
  const mail = await openNewestEmailTo(page, email);
  expect(mail.subject).toBe("Confirm your signature: Light the harbour bridge");
  await page.goto(mail.confirmUrl);
  await expect(page.getByLabel("Email me updates about this campaign. I can unsubscribe with one click at any time.")).not.toBeChecked();
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
  expect(await apiCount(request, campaign.slug)).toBe(1);

  // Back on the blog, the widget's live count says so.
  await page.goto(url);
  await expect(widgetFrame(page).getByTestId("signature-count")).toHaveAttribute("data-count", "1");
});

test("without JavaScript the widget's form still signs inside the other site's frame", async ({ browser, baseURL }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-nojs"), title: "Plant a school garden" });
  const url = hostPage("/no-script", blogPost(snippetFor(baseURL!, campaign.slug, campaign.title)));
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US", storageState: mailboxAccess });
  const page = await context.newPage();
  const email = uniqueEmail("embed-nojs");
  await page.goto(url);
  const frame = widgetFrame(page);
  await signInWidget(frame, { name: "Noor Script", email });
  await expect(frame.getByTestId("sign-success")).toContainText(email);
  expect((await signatureRows(campaign.id)).map((row) => [row.email, row.source])).toEqual([[email, "embed"]]);
  await context.close();
});

test("only the widget may be framed by another site: the campaign page refuses", async ({ page, baseURL }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-frame"), title: "Frame me if you can" });
  const url = hostPage(
    "/frames",
    blogPost(
      `<iframe id="page" src="${baseURL}/c/${campaign.slug}" title="The campaign page" style="width:100%;height:300px"></iframe>` +
        `<iframe id="widget" src="${baseURL}/embed/${campaign.slug}" title="The widget" style="width:100%;height:300px"></iframe>`,
    ),
  );
  const refusals: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" && /frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await page.goto(url);
  await expect(page.frameLocator("#widget").getByRole("heading", { level: 1 })).toHaveText("Frame me if you can");
  await expect.poll(() => refusals.length).toBe(1);
  // Chromium names the framed origin and the directive that refused it.
  expect(refusals[0]).toContain(baseURL!);
  expect(refusals[0]).toContain("frame-ancestors 'self'");
  await expect(page.frameLocator("#page").getByRole("heading", { level: 1 })).toHaveCount(0);
  expect(page.frames().some((frame) => frame.url().includes(`/c/${campaign.slug}`) && frame.url().startsWith(baseURL!))).toBe(false);
});

test("a message from anything but the widget's own frame does not resize it", async ({ page, baseURL }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-spoof"), title: "Resize only from Chorus" });
  await page.goto(hostPage("/spoof", blogPost(snippetFor(baseURL!, campaign.slug, campaign.title))));
  const iframe = page.locator("iframe");
  await expect.poll(() => iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
  const height = await frameHeight(iframe);
  // The host page itself (another origin than the widget's) sends a resize.
  await page.evaluate(() => window.postMessage({ type: "chorus:resize", height: 12 }, "*"));
  await page.waitForTimeout(300);
  expect(await frameHeight(iframe)).toBe(height);
});

test("a closed campaign's widget shows the count and that it is closed, with no form", async ({ page }) => {
  const campaign = await closedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-closed"), title: "A closed campaign" });
  await page.goto(`/embed/${campaign.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A closed campaign");
  await expect(page.getByTestId("signature-count")).toHaveText("No signatures yet");
  await expect(page.getByTestId("campaign-closed")).toHaveText("This petition is closed and no longer accepts signatures.");
  await expect(page.getByLabel("Full name")).toHaveCount(0);
});

test("an unknown or unpublished campaign's widget is a small, framable 404", async ({ page, request, baseURL }) => {
  const draft = await draftCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-draft"), title: "A secret draft" });
  for (const slug of ["no-such-campaign", draft.slug]) {
    const response = await request.get(`/embed/${slug}`);
    expect(response.status(), slug).toBe(404);
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    const html = await response.text();
    expect(html).toContain("Petition not available");
    expect(html).not.toContain("A secret draft");
    // Not the site's 404 page: no header, footer or skip link.
    expect(html).not.toContain("skip-link");
    expect(html).not.toContain("site-header");
  }
  await page.goto(hostPage("/missing", blogPost(snippetFor(baseURL!, "no-such-campaign", "Missing"))));
  await expect(widgetFrame(page).getByTestId("embed-not-found")).toContainText("This petition does not exist or is not public.");
  await expect.poll(() => frameHeight(page.locator("iframe"))).toBeLessThan(200);
});

test("light and dark: the theme parameter, or the visitor's colour scheme", async ({ page, browser, baseURL }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-theme"), title: "Colours for everyone" });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = (color: string) => {
    const [r, g, b] = color.match(/\d+/g)!.map(Number);
    return r! + g! + b! < 150;
  };

  await page.goto(`/embed/${campaign.slug}?theme=dark`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(dark(await background())).toBe(true);
  await page.goto(`/embed/${campaign.slug}?theme=light`);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(dark(await background())).toBe(false);

  const prefersDark = await browser.newContext({ colorScheme: "dark", locale: "en-US" });
  const darkPage = await prefersDark.newPage();
  await darkPage.goto(`${baseURL}/embed/${campaign.slug}`);
  await expect(darkPage.locator("html")).toHaveAttribute("data-theme", "auto");
  expect(dark(await darkPage.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBe(true);
  await prefersDark.close();
});

test("the widget speaks the reader's language, and so does the confirmation email", async ({ browser, baseURL }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-ko"), title: "다리를 밝혀 주세요" });
  const context = await browser.newContext({ locale: "ko-KR", storageState: mailboxAccess });
  const page = await context.newPage();
  await page.goto(hostPage("/ko", blogPost(snippetFor(baseURL!, campaign.slug, campaign.title))));
  const frame = widgetFrame(page);
  await expect(frame.locator("html")).toHaveAttribute("lang", "ko");
  await expect(frame.getByRole("heading", { name: "이 청원에 서명하기" })).toBeVisible();
  const email = uniqueEmail("embed-ko");
  await frame.getByLabel("이름", { exact: true }).fill("김서명");
  await frame.getByLabel("이메일 주소", { exact: true }).fill(email);
  await frame.getByLabel("국가 또는 지역").selectOption("KR");
  await frame.getByRole("button", { name: "청원에 서명하기" }).click();
  await expect(frame.getByTestId("sign-success")).toContainText(email);
  const mail = await openNewestEmailTo(page, email);
  expect(mail.subject).toBe(`서명을 확인해 주세요: ${campaign.title}`);
  // ?lang= picks the language whatever the browser says.
  await page.goto(`/embed/${campaign.slug}?lang=zh`);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await context.close();
});

test("axe finds nothing serious in the widget, light and dark, open and not found", async ({ page }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-axe"), title: "Accessible to all" });
  for (const path of [`/embed/${campaign.slug}?theme=light`, `/embed/${campaign.slug}?theme=dark`, "/embed/no-such-campaign?theme=dark"]) {
    await page.goto(path);
    await expect(page.locator("main#embed")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
  // With the error summary showing, in dark.
  await page.goto(`/embed/${campaign.slug}?theme=dark`);
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-errors")).toBeFocused();
  await expectNoSeriousA11yViolations(page);
});

test("the campaign page offers the snippet: a labelled box and a copy button that says Copied", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-snippet"), title: `Say "yes" & <mean> it` });
  await page.goto(`/c/${campaign.slug}`);
  const disclosure = page.getByTestId("embed-details");
  await disclosure.getByText("Embed this petition").click();
  const box = page.getByLabel("Embed code");
  await expect(box).toHaveAttribute("readonly", "");
  const snippet = await box.inputValue();
  expect(snippet).toBe(snippetFor(baseURL!, campaign.slug, `Say "yes" & <mean> it`));
  expect(snippet).toContain("title=\"Petition: Say &quot;yes&quot; &amp; &lt;mean&gt; it\"");
  await page.getByRole("button", { name: "Copy code" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await expectNoSeriousA11yViolations(page);
});

test("the organizer's dashboard offers the snippet too", async ({ page, context, baseURL }) => {
  const owner = await createPerson();
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-embed-dash"), title: "Dashboard snippet" });
  await addToTeam(campaign.id, owner, "OWNER");
  await signInAs(context, owner);
  await page.goto(`/dashboard/campaigns/${campaign.id}`);
  const section = page.getByTestId("embed-section");
  await expect(section.getByRole("heading", { name: "Embed on your website" })).toBeVisible();
  await expect(section.getByLabel("Embed code")).toHaveValue(snippetFor(baseURL!, campaign.slug, "Dashboard snippet"));
  await mkdir(SHOTS, { recursive: true });
  await section.screenshot({ path: `${SHOTS}/embed-snippet-dashboard.png` });
});

test("screenshots: the widget at 320 and 400 px, light and dark, and a blog that embeds it", async ({ page, baseURL }) => {
  await mkdir(SHOTS, { recursive: true });
  const campaign = await publishedCampaign(e2eDb(), {
    slug: uniqueSlug("e2e-embed-shot"),
    title: "Stop the forced return of 13 refugees",
    goal: 200_000,
    closesAt: new Date(Date.now() + 40 * 86_400_000),
  });
  for (const theme of ["light", "dark"]) {
    for (const width of [320, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/embed/${campaign.slug}?theme=${theme}`);
      await expect(page.getByTestId("signature-count")).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/embed-${theme}-${width}.png`, fullPage: true });
    }
  }
  // The error summary, in dark, at the narrowest width.
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`/embed/${campaign.slug}?theme=dark`);
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByTestId("sign-errors")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/embed-dark-320-errors.png`, fullPage: true });
  // The snippet on the campaign page, opened.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/c/${campaign.slug}`);
  await page.getByText("Embed this petition").click();
  await expect(page.getByLabel("Embed code")).toBeVisible();
  await page.getByTestId("embed-details").screenshot({ path: `${SHOTS}/embed-snippet-campaign-page.png` });
  await page.screenshot({ path: `${SHOTS}/embed-campaign-page-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  await page.getByTestId("embed-details").screenshot({ path: `${SHOTS}/embed-snippet-campaign-page-390.png` });
  for (const [name, dark] of [["embed-host", false], ["embed-host-dark", true]] as const) {
    await page.setViewportSize({ width: 760, height: 900 });
    const src = snippetFor(baseURL!, campaign.slug, campaign.title).replace(`/embed/${campaign.slug}`, `/embed/${campaign.slug}${dark ? "?theme=dark" : ""}`);
    await page.goto(hostPage(`/${name}`, blogPost(src, { dark })));
    const iframe = page.locator("iframe");
    await expect(widgetFrame(page).getByTestId("signature-count")).toBeVisible();
    await expect.poll(() => iframe.evaluate((element) => (element as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }
});
