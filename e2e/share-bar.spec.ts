import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { publishedCampaign, uniqueSlug } from "../test/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";
import { signatureRows, signInEnglish, uniqueEmail } from "./support/data";
import { openNewestEmailTo } from "./support/mailbox";

// The share bar: on every campaign page, right after signing and after confirming, with the
// signer's own referral code in every link once they have one.

const SHOTS = process.env.CHORUS_SCREENSHOTS_DIR;

/** With CHORUS_SCREENSHOTS_DIR set, keeps `target` at phone and desktop width, to look at. */
async function shoot(page: Page, target: Locator, name: string) {
  if (!SHOTS) return;
  const size = page.viewportSize();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await target.scrollIntoViewIfNeeded();
    await target.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
    if (width === 1280) await page.screenshot({ path: `${SHOTS}/${name}-page-${width}.png`, fullPage: true });
  }
  if (size) await page.setViewportSize(size);
}

const pageBar = (page: Page) => page.getByTestId("share-bar-page");
const signedBar = (page: Page) => page.getByTestId("share-bar-signed");

/** The link a network's share URL carries (X, Telegram, LINE, Weibo: `url`; Facebook: `u`). */
const sharedLink = async (link: Locator, param = "url") => new URL(new URL((await link.getAttribute("href"))!).searchParams.get(param)!);

test.describe("on a campaign page", () => {
  test.use({ locale: "en-US", permissions: ["clipboard-read", "clipboard-write"] });

  test("copies the link with the keyboard alone and says so", async ({ page, baseURL }) => {
    test.slow();
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-share") });
    await page.goto(`/c/${campaign.slug}`);
    const copy = pageBar(page).getByRole("button", { name: "Copy link" });
    await expect(copy).toBeVisible();

    // Tab from the top of the page (through the sign form) to "Copy link".
    for (let presses = 0; presses < 80 && !(await copy.evaluate((el) => el === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    await expect(copy).toBeFocused();
    await page.keyboard.press("Enter");
    const status = pageBar(page).getByRole("status");
    await expect(status).toHaveText("Link copied");
    await expect(status).toHaveAttribute("aria-live", "polite");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/c/${campaign.slug}?src=copy`);

    // On to the networks and the QR code, still by keyboard.
    await page.keyboard.press("Tab");
    await expect(pageBar(page).getByRole("link", { name: "Share on X" })).toBeFocused();
    await expectNoSeriousA11yViolations(page);
  });

  test("shows the QR code on demand and downloads it as PNG and SVG", async ({ page }) => {
    test.slow();
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-qr") });
    await page.goto(`/c/${campaign.slug}`);
    const bar = pageBar(page);
    const disclosure = bar.getByRole("button", { name: "Show QR code" });
    await expect(disclosure).toHaveAttribute("aria-expanded", "false");
    await disclosure.click();
    await expect(bar.getByRole("button", { name: "Hide QR code" })).toHaveAttribute("aria-expanded", "true");
    const qr = bar.getByRole("img", { name: "QR code that opens this petition" });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1024);

    const [png] = await Promise.all([page.waitForEvent("download"), bar.getByRole("link", { name: "Download PNG" }).click()]);
    expect(png.suggestedFilename()).toBe(`${campaign.slug}-qr.png`);
    const pngBytes = await readFile((await png.path())!);
    expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const [svg] = await Promise.all([page.waitForEvent("download"), bar.getByRole("link", { name: "Download SVG" }).click()]);
    expect(svg.suggestedFilename()).toBe(`${campaign.slug}-qr.svg`);
    expect((await readFile((await svg.path())!, "utf8")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")).toBe(true);

    await shoot(page, bar, "share-bar-qr");
    await expectNoSeriousA11yViolations(page);

    if (SHOTS) {
      // The README's picture: the demo campaign, its share bar with the QR code open.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/c/save-my-friend");
      await pageBar(page).getByRole("button", { name: "Show QR code" }).click();
      await expect(pageBar(page).getByRole("img", { name: "QR code that opens this petition" })).toBeVisible();
      await pageBar(page).evaluate((element) => element.scrollIntoView({ block: "center" }));
      await page.screenshot({ path: `${SHOTS}/share-bar-readme-1280.png` });
    }
  });

  test("offers the device's share sheet where the browser has one, with src=native", async ({ page, baseURL }) => {
    // Desktop Chromium on Linux has no Web Share: stand one in that records what it was given.
    await page.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, "share", { value: async (data: ShareData) => void shared.push(data) });
    });
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-native"), title: "Keep the river clean" });
    await page.goto(`/c/${campaign.slug}`);
    await pageBar(page).getByRole("button", { name: "Share…" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared))
      .toEqual([{ title: "Keep the river clean", text: "Keep the river clean", url: `${baseURL}/c/${campaign.slug}?src=native` }]);
  });

  test("shows the link to copy by hand when the clipboard is refused", async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
    });
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-noclip") });
    await page.goto(`/c/${campaign.slug}`);
    await pageBar(page).getByRole("button", { name: "Copy link" }).click();
    await expect(pageBar(page).getByRole("status")).toHaveText(/did not let us copy/);
    await expect(pageBar(page).getByLabel("Link to this petition")).toHaveValue(`${baseURL}/c/${campaign.slug}?src=copy`);
  });
});

test.describe("a Korean browser", () => {
  test.use({ locale: "ko-KR" });

  test("gets share links with the Korean share text and the hashtag", async ({ page, baseURL }) => {
    test.slow();
    const db = e2eDb();
    const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-share-ko"), title: "Stop the forced returns" });
    await db.campaign.update({ where: { id: campaign.id }, data: { hashtag: "SaveMyFriend", shareText: "Sign & share: stop it now" } });
    await db.campaignTranslation.create({
      data: {
        campaignId: campaign.id,
        language: "ko",
        title: "강제북송을 멈춰 주세요",
        summary: "중국에 억류된 탈북민 13명의 강제북송을 막아 주세요.",
        story: "탈북민들이 강제로 북송될 위기에 처해 있습니다. 지금 함께 목소리를 내 주세요.",
        shareText: "지금 서명하고 널리 알려 주세요! 🙏",
        isDraft: false,
      },
    });
    const korean = "지금 서명하고 널리 알려 주세요! 🙏";
    const base = `${baseURL}/c/${campaign.slug}`;

    await page.goto(`/c/${campaign.slug}`);
    const bar = pageBar(page);
    await expect(bar.getByRole("heading", { name: "이 청원 공유하기" })).toBeVisible();

    const x = bar.getByRole("link", { name: "X에 공유" });
    const xParams = new URL((await x.getAttribute("href"))!).searchParams;
    expect((await x.getAttribute("href"))!.startsWith("https://x.com/intent/tweet?")).toBe(true);
    expect(xParams.get("text")).toBe(korean);
    expect(xParams.get("url")).toBe(`${base}?src=x`);
    expect(xParams.get("hashtags")).toBe("SaveMyFriend");
    await expect(x).toHaveAttribute("target", "_blank");
    await expect(x).toHaveAttribute("rel", "noopener noreferrer");

    const line = bar.getByRole("link", { name: "LINE으로 공유" });
    expect((await line.getAttribute("href"))!.startsWith("https://social-plugins.line.me/lineit/share?")).toBe(true);
    expect((await sharedLink(line)).toString()).toBe(`${base}?src=line`);
    expect(new URL((await line.getAttribute("href"))!).searchParams.get("text")).toBe(`${korean} #SaveMyFriend`);

    const weibo = bar.getByRole("link", { name: "Weibo에 공유" });
    expect((await weibo.getAttribute("href"))!.startsWith("https://service.weibo.com/share/share.php?")).toBe(true);
    expect((await sharedLink(weibo)).toString()).toBe(`${base}?src=weibo`);
    expect(new URL((await weibo.getAttribute("href"))!).searchParams.get("title")).toBe(`${korean} #SaveMyFriend#`);

    const whatsapp = bar.getByRole("link", { name: "WhatsApp으로 공유" });
    const whatsappHref = (await whatsapp.getAttribute("href"))!;
    expect(whatsappHref.startsWith("https://wa.me/?text=")).toBe(true);
    expect(new URL(whatsappHref).searchParams.get("text")).toBe(`${korean} #SaveMyFriend ${base}?src=whatsapp`);

    expect((await sharedLink(bar.getByRole("link", { name: "Facebook에 공유" }), "u")).toString()).toBe(`${base}?src=facebook`);
    expect(await bar.getByRole("link", { name: "이메일로 공유" }).getAttribute("href")).toMatch(/^mailto:\?subject=%EA%B0%95/);
    // No KakaoTalk without KAKAO_JAVASCRIPT_KEY.
    await expect(bar.getByRole("button", { name: "카카오톡으로 공유" })).toHaveCount(0);

    await bar.getByRole("button", { name: "QR 코드 보기" }).click();
    await expect(bar.getByRole("img", { name: "이 청원으로 연결되는 QR 코드" })).toBeVisible();
    await shoot(page, bar, "share-bar-ko");
  });
});

test.describe("a signer", () => {
  test.use({ locale: "en-US" });

  test("is asked to share right after signing, with links that carry their own referral code", async ({ page, baseURL }) => {
    test.slow();
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-share-sign"), title: "Light the park at night" });
    await page.goto(`/c/${campaign.slug}`);
    await shoot(page, pageBar(page), "share-bar-page");
    await signInEnglish(page, { name: "Mary Jackson", email: uniqueEmail("share") });
    await expect(page.getByTestId("sign-success")).toBeVisible();

    const [signature] = await signatureRows(campaign.id);
    expect(signature?.referralCode).toMatch(/^[A-Za-z0-9_-]{8,32}$/);
    const bar = signedBar(page);
    await expect(bar.getByRole("heading", { name: "Now share it" })).toBeVisible();
    const link = await sharedLink(bar.getByRole("link", { name: "Share on Telegram" }));
    expect(link.toString()).toBe(`${baseURL}/c/${campaign.slug}?ref=${signature!.referralCode}&src=telegram`);
    for (const name of ["Share on X", "Share on LINE", "Share on Weibo"]) {
      expect((await sharedLink(bar.getByRole("link", { name }))).searchParams.get("ref")).toBe(signature!.referralCode);
    }
    // The page's own bar is everybody's: no code in it.
    expect((await sharedLink(pageBar(page).getByRole("link", { name: "Share on Telegram" }))).searchParams.has("ref")).toBe(false);
    await shoot(page, page.getByTestId("sign-success").locator(".."), "share-bar-signed");
    await expectNoSeriousA11yViolations(page);
  });

  test("is asked again after confirming, with the stored referral code", async ({ page, baseURL }) => {
    test.slow();
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-share-conf") });
    const email = uniqueEmail("share-conf");
    await page.goto(`/c/${campaign.slug}`);
    await signInEnglish(page, { name: "Dorothy Vaughan", email });
    await expect(page.getByTestId("sign-success")).toBeVisible();

    const mail = await openNewestEmailTo(page, email);
    await page.goto(mail.confirmUrl);
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
    await expect(page.getByTestId("confirmed-banner")).toHaveText("Thank you! Your signature is confirmed and counted.");

    const [signature] = await signatureRows(campaign.id);
    expect(signature?.status).toBe("CONFIRMED");
    const bar = signedBar(page);
    await expect(bar.getByRole("heading", { name: "Now share it" })).toBeVisible();
    const x = await sharedLink(bar.getByRole("link", { name: "Share on X" }));
    await expect.poll(async () => (await sharedLink(bar.getByRole("link", { name: "Share on X" }))).toString()).toBe(
      `${baseURL}/c/${campaign.slug}?ref=${signature!.referralCode}&src=x`,
    );
    expect(x.pathname).toBe(`/c/${campaign.slug}`);
    expect((await sharedLink(bar.getByRole("link", { name: "Share on Facebook" }), "u")).searchParams.get("ref")).toBe(signature!.referralCode);
    await expectNoSeriousA11yViolations(page);
  });
});
