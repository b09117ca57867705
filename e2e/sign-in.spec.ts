import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";
import { openNewestLinkTo } from "./support/mailbox";
import { ADMIN_EMAIL } from "./support/mailbox-key";

test.describe("signing in by email link", () => {
  test("an organizer asks for a link, signs in from the email, comes back where they were, and signs out", async ({ page }) => {
    const email = uniqueEmail("organizer");

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    // A bad address: a field message, focus on the summary, the text kept.
    await page.getByLabel("Email address").fill("not-an-address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByTestId("sign-in-errors")).toBeFocused();
    await expect(page.getByTestId("sign-in-errors")).toContainText("Enter a valid email address");
    await expect(page.getByLabel("Email address")).toHaveValue("not-an-address");

    await page.getByLabel("Email address").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const { subject, url } = await openNewestLinkTo(page, email, "/sign-in/confirm");
    expect(subject).toBe("Your sign-in link for Chorus");
    // Opening the link (as a mail scanner would) signs nobody in and spends nothing.
    await page.goto(url);
    await expect(page.getByText(`You are signing in as ${email}.`)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto(url);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Your campaigns" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
    await expect(page.getByRole("link", { name: "Moderation" })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    // The session is a database row: it is what signs this browser in.
    const user = await e2eDb().user.findUniqueOrThrow({ where: { email }, include: { sessions: true } });
    expect(user.sessions).toHaveLength(1);
    expect(user.role).toBe("USER");

    // The link works once.
    const other = await page.context().browser()!.newContext({ storageState: undefined });
    const otherPage = await other.newPage();
    await otherPage.goto(url);
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await expect(otherPage.getByRole("heading", { level: 1, name: "This sign-in link no longer works" })).toBeVisible();
    await expect(otherPage.getByText("It was already used, or it has expired")).toBeVisible();
    await expect(otherPage.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
    await expectNoSeriousA11yViolations(otherPage);
    await other.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    expect(await e2eDb().session.count({ where: { userId: user.id } })).toBe(0);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the link comes in Korean to a Korean visitor, and ADMIN_EMAILS makes the first admin", async ({ page, context }) => {
    await e2eDb().user.deleteMany({ where: { email: ADMIN_EMAIL } });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ko", domain: "127.0.0.1", path: "/" }]);
    await page.goto("/sign-in");
    await page.getByLabel("이메일 주소").fill(ADMIN_EMAIL);
    await page.getByRole("button", { name: "로그인 링크 받기" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "이메일을 확인하세요" })).toBeVisible();

    const { subject, url } = await openNewestLinkTo(page, ADMIN_EMAIL, "/sign-in/confirm");
    expect(subject).toBe("Chorus 로그인 링크");
    await page.goto(url);
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("link", { name: "관리" })).toBeVisible();
    expect((await e2eDb().user.findUniqueOrThrow({ where: { email: ADMIN_EMAIL } })).role).toBe("ADMIN");
  });

  test("a link from the email can only lead back to this site", async ({ page }) => {
    const email = uniqueEmail("redirect");
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("https://evil.example/phish")}`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    const { url } = await openNewestLinkTo(page, email, "/sign-in/confirm");
    expect(new URL(url).searchParams.get("callbackUrl")).toBe("/dashboard");
    await page.goto(url);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard$/);
  });
});
