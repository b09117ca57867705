import { expect, test } from "@playwright/test";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { APP_SECRET, apiCount, signatureRows, signInEnglish, uniqueEmail } from "./support/data";
import { countEmailsTo, openNewestEmailTo } from "./support/mailbox";
import { mailboxAccess } from "./support/mailbox-key";

test.describe("in English", () => {
  test.use({ locale: "en-US" });

  test("sign, get the email, confirm: the count goes up by exactly one", async ({ page, request, baseURL }) => {
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-sign"), title: "Plant trees on Test Street" });
    const email = uniqueEmail();

    await page.goto(`/c/${campaign.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plant trees on Test Street");
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "0");
    await signInEnglish(page, { name: "Ada Lovelace", email });
    await expect(page.getByTestId("sign-success")).toContainText("Check your email");
    await expect(page.getByTestId("sign-success")).toContainText(email);

    const rows = await signatureRows(campaign.id);
    expect(rows.map((row) => [row.email, row.status, row.country])).toEqual([[email, "PENDING", "DE"]]);

    const mail = await openNewestEmailTo(page, email);
    expect(mail.subject).toBe("Confirm your signature: Plant trees on Test Street");
    expect(mail.text).toContain("Hello,");
    expect(mail.text).not.toContain("Ada");
    expect(new URL(mail.confirmUrl).origin).toBe(baseURL);

    // Opening the link (as a mail scanner would) must not confirm anything.
    await page.goto(mail.confirmUrl);
    await expect(page.getByTestId("confirm-pending")).toContainText("Plant trees on Test Street");
    expect(await apiCount(request, campaign.slug)).toBe(0);
    expect((await signatureRows(campaign.id))[0]?.status).toBe("PENDING");

    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
    await expect(page.getByTestId("confirmed-banner")).toHaveText("Thank you! Your signature is confirmed and counted.");
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "1");
    expect(await apiCount(request, campaign.slug)).toBe(1);
    expect((await signatureRows(campaign.id))[0]?.status).toBe("CONFIRMED");
  });

  // Without JavaScript the shared link's ref and src are not carried (the cached page reads them in the browser).
  test("without JavaScript the campaign page's form signs and the emailed link confirms", async ({ browser }) => {
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-sign-nojs"), title: "Keep the library open" });
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US", storageState: mailboxAccess });
    const page = await context.newPage();
    const email = uniqueEmail("nojs");

    await page.goto(`/c/${campaign.slug}?src=whatsapp`);
    await expect(page.getByRole("heading", { name: "Sign this petition" })).toBeVisible();
    await signInEnglish(page, { name: "Noor Script", email });
    await expect(page.getByTestId("sign-success")).toContainText(email);
    const mail = await openNewestEmailTo(page, email);
    await page.goto(mail.confirmUrl);
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    // The thank-you banner and the live count need JavaScript: the page itself is cached.
    await expect(page).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
    expect(await apiCount(context.request, campaign.slug)).toBe(1);
    expect((await signatureRows(campaign.id)).map((row) => [row.email, row.status, row.source])).toEqual([[email, "CONFIRMED", null]]);
    await context.close();
  });

  test("the header switcher changes the language and keeps the URL", async ({ page }) => {
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-lang") });
    await page.goto(`/c/${campaign.slug}`);
    await expect(page.getByRole("heading", { name: "Sign this petition" })).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.getByRole("heading", { name: "签署此请愿" })).toBeVisible();
    await expect(page.getByRole("button", { name: "中文" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page).toHaveURL(`/c/${campaign.slug}`);

    // The choice is remembered by a cookie, so it survives a reload.
    await page.reload();
    await expect(page.getByRole("heading", { name: "签署此请愿" })).toBeVisible();
  });

  test("signing twice with the same email sends one email and stores one signature", async ({ page }) => {
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-dup") });
    const email = uniqueEmail("dup");

    await page.goto(`/c/${campaign.slug}`);
    await signInEnglish(page, { name: "Grace Hopper", email: email.toUpperCase() });
    await expect(page.getByTestId("sign-success")).toContainText(email);
    await openNewestEmailTo(page, email);

    await page.goto(`/c/${campaign.slug}`);
    await signInEnglish(page, { name: "Grace Hopper", email: `  ${email.replace("dup", "DUP")}  ` });
    await expect(page.getByTestId("sign-success")).toContainText(email);

    const rows = await signatureRows(campaign.id);
    expect(rows.map((row) => row.email)).toEqual([email]);
    // The outbox row is written in the sign transaction, so this count is final.
    expect(await e2eDb().emailMessage.count({ where: { toAddress: email } })).toBe(1);
    expect(await countEmailsTo(page, email)).toBe(1);
  });

  test("confirming twice counts once", async ({ browser, page, request }) => {
    const db = e2eDb();
    const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-twice") });
    const { token } = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET });

    // Two tabs show the pending page; both buttons get pressed.
    const other = await browser.newPage();
    await page.goto(`/confirm/${token}`);
    await other.goto(`/confirm/${token}`);
    await expect(other.getByTestId("confirm-pending")).toBeVisible();
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(page.getByTestId("confirmed-banner")).toBeVisible();
    await other.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(other).toHaveURL(`/c/${campaign.slug}?confirmed=1`);
    await expect(other.getByTestId("signature-count")).toHaveAttribute("data-count", "1");
    await other.close();

    await page.goto(`/confirm/${token}`);
    await expect(page.getByTestId("confirm-confirmed")).toContainText("Already confirmed");
    await page.getByRole("link", { name: "Back to the petition" }).click();
    await expect(page).toHaveURL(`/c/${campaign.slug}`);
    await expect(page.getByTestId("signature-count")).toHaveAttribute("data-count", "1");
    expect(await apiCount(request, campaign.slug)).toBe(1);
  });

  test("an expired link offers a new one, which is emailed", async ({ page }) => {
    const db = e2eDb();
    const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-expired") });
    const email = uniqueEmail("expired");
    const { signature, token } = await pendingSignature(db, {
      campaignId: campaign.id,
      secret: APP_SECRET,
      email,
      tokenExpiresAt: new Date(Date.now() - 60_000),
      confirmationSentAt: new Date(Date.now() - 8 * 24 * 3600_000),
    });

    await page.goto(`/confirm/${token}`);
    await expect(page.getByTestId("confirm-expired")).toContainText("This link has expired");
    await expect(page.getByRole("button", { name: "Confirm my signature" })).toHaveCount(0);
    await page.getByRole("button", { name: "Email me a new link" }).click();
    await expect(page.getByRole("status")).toHaveText(/a new link is on its way/);
    await expect(page.getByRole("button", { name: "Email me a new link" })).toHaveCount(0);

    const mail = await openNewestEmailTo(page, email);
    expect(mail.confirmUrl.endsWith(`/confirm/${token}`)).toBe(true);
    const renewed = await db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(renewed.tokenExpiresAt.getTime()).toBeGreaterThan(Date.now());
    await page.goto(mail.confirmUrl);
    await expect(page.getByTestId("confirm-pending")).toBeVisible();
  });

  test("an unknown or malformed token shows the invalid page", async ({ page }) => {
    for (const token of ["not-a-token", "A".repeat(43)]) {
      await page.goto(`/confirm/${token}`);
      await expect(page.getByTestId("confirm-invalid")).toContainText("This link is not valid");
      await expect(page.getByRole("button", { name: "Confirm my signature" })).toHaveCount(0);
    }
  });
});

test.describe("in Korean", () => {
  test.use({ locale: "ko-KR" });

  test("the page, the country and the email are in Korean", async ({ page, request }) => {
    const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-ko"), title: "테스트 거리에 나무를 심어요" });
    const email = uniqueEmail("ko");

    await page.goto(`/c/${campaign.slug}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { name: "이 청원에 서명하기" })).toBeVisible();
    const country = page.getByLabel("국가 또는 지역");
    await expect(country).toHaveValue("KR");
    await expect(country.locator("option:checked")).toHaveText("대한민국");

    await page.getByLabel("이름", { exact: true }).fill("김민지");
    await page.getByLabel("이메일 주소", { exact: true }).fill(email);
    await page.getByRole("button", { name: "청원에 서명하기", exact: true }).click();
    await expect(page.getByTestId("sign-success")).toContainText(email);

    const mail = await openNewestEmailTo(page, email);
    expect(mail.subject.startsWith("서명을 확인해 주세요")).toBe(true);
    expect(mail.subject).toContain("테스트 거리에 나무를 심어요");

    await page.goto(mail.confirmUrl);
    await page.getByRole("button", { name: "서명 확인하기" }).click();
    await expect(page.getByTestId("confirmed-banner")).toBeVisible();
    expect(await apiCount(request, campaign.slug)).toBe(1);
  });
});
