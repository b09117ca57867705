import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { publishedCampaign, inReviewCampaign } from "../test/factories";
import { addToTeam, createPerson, signInAs, type TestPerson } from "./support/auth";
import { e2eDb } from "./support/database";
import { mailboxAccess } from "./support/mailbox-key";

// Every organizer, moderator and admin page and route, tried as each kind of person. What
// each answer means: "sign-in" a redirect to the sign-in page (pages) or 401 (routes); 404 a
// campaign that is not theirs, whose existence is not confirmed; 403 a role they lack.
type Persona = "anonymous" | "stranger" | "coOrganizer" | "owner" | "moderator" | "admin";
type Expected = "ok" | "sign-in" | 401 | 403 | 404;

const PERSONAS: Persona[] = ["anonymous", "stranger", "coOrganizer", "owner", "moderator", "admin"];

const everyoneSignedIn = (anonymous: Expected): Record<Persona, Expected> => ({
  anonymous,
  stranger: "ok",
  coOrganizer: "ok",
  owner: "ok",
  moderator: "ok",
  admin: "ok",
});
const campaignTeam = (anonymous: Expected): Record<Persona, Expected> => ({
  anonymous,
  stranger: 404,
  coOrganizer: "ok",
  owner: "ok",
  // Deciding what goes live is not a key to a campaign's signers.
  moderator: 404,
  admin: 404,
});
const moderators: Record<Persona, Expected> = { anonymous: "sign-in", stranger: 403, coOrganizer: 403, owner: 403, moderator: "ok", admin: "ok" };
const admins: Record<Persona, Expected> = { anonymous: "sign-in", stranger: 403, coOrganizer: 403, owner: 403, moderator: 403, admin: "ok" };

type Fixture = { campaignId: string; inReviewId: string; updateId: string; people: Record<Exclude<Persona, "anonymous">, TestPerson> };

const TABLE: { path: (f: Fixture) => string; kind: "page" | "route"; expected: Record<Persona, Expected> }[] = [
  { kind: "page", path: () => "/dashboard", expected: everyoneSignedIn("sign-in") },
  { kind: "page", path: () => "/start", expected: everyoneSignedIn("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/edit`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/team`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/translations`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/translations/ko`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/updates`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/updates/new`, expected: campaignTeam("sign-in") },
  { kind: "page", path: (f) => `/dashboard/campaigns/${f.campaignId}/updates/${f.updateId}`, expected: campaignTeam("sign-in") },
  { kind: "route", path: (f) => `/api/organizer/campaigns/${f.campaignId}/signers.csv`, expected: campaignTeam(401) },
  { kind: "route", path: (f) => `/api/organizer/campaigns/${f.campaignId}/countries.csv`, expected: campaignTeam(401) },
  { kind: "page", path: () => "/moderation", expected: moderators },
  { kind: "page", path: (f) => `/moderation/campaigns/${f.inReviewId}`, expected: moderators },
  { kind: "page", path: () => "/admin", expected: admins },
  { kind: "page", path: () => "/admin/audit", expected: admins },
];

let fixture: Fixture;

test.beforeAll(async () => {
  const db = e2eDb();
  const campaign = await publishedCampaign(db);
  const inReview = await inReviewCampaign(db);
  const people = {
    stranger: await createPerson(),
    coOrganizer: await createPerson(),
    owner: await createPerson(),
    moderator: await createPerson({ role: "MODERATOR" }),
    admin: await createPerson({ role: "ADMIN" }),
  };
  await addToTeam(campaign.id, people.owner, "OWNER");
  await addToTeam(campaign.id, people.coOrganizer, "ORGANIZER");
  // The stranger runs a campaign of their own: an organizer, just not of this one.
  await addToTeam((await publishedCampaign(db)).id, people.stranger, "OWNER");
  await addToTeam(inReview.id, people.stranger, "OWNER");
  const update = await db.campaignUpdate.create({ data: { campaignId: campaign.id, title: "A draft update", body: "Only its organizers see it." } });
  fixture = { campaignId: campaign.id, inReviewId: inReview.id, updateId: update.id, people };
});

async function requestAs(browser: Browser, persona: Persona): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext({ storageState: mailboxAccess });
  if (persona !== "anonymous") await signInAs(context, fixture.people[persona]);
  return { request: context.request, close: () => context.close() };
}

for (const persona of PERSONAS) {
  test(`as ${persona}: every protected page and route answers as the table says`, async ({ browser }) => {
    const { request, close } = await requestAs(browser, persona);
    const failures: string[] = [];
    for (const row of TABLE) {
      const path = row.path(fixture);
      const expected = row.expected[persona];
      const response = await request.get(path, { maxRedirects: 0 });
      const status = response.status();
      let ok: boolean;
      if (expected === "ok") ok = status === 200;
      else if (expected === "sign-in") ok = [302, 303, 307].includes(status) && (response.headers().location ?? "").includes("/sign-in?callbackUrl=");
      else ok = status === expected;
      if (row.kind === "route" && expected !== "ok" && ok) {
        // Refusals from routes are the API's JSON errors, never a page or a stack trace.
        const body = await response.json();
        ok = typeof body?.error?.code === "string";
      }
      if (!ok) failures.push(`${path}: expected ${expected}, got ${status} ${response.headers().location ?? ""}`);
    }
    await close();
    expect(failures, failures.join("\n")).toEqual([]);
  });
}

test("a session that ended is no key: a deleted session row signs nobody in", async ({ browser }) => {
  const context = await browser.newContext({ storageState: mailboxAccess });
  await signInAs(context, fixture.people.owner);
  expect((await context.request.get(`/dashboard/campaigns/${fixture.campaignId}`, { maxRedirects: 0 })).status()).toBe(200);
  await e2eDb().session.deleteMany({ where: { userId: fixture.people.owner.id } });
  const after = await context.request.get(`/dashboard/campaigns/${fixture.campaignId}`, { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect((await context.request.get(`/api/organizer/campaigns/${fixture.campaignId}/signers.csv`)).status()).toBe(401);
  await context.close();
});

// A server action is a public endpoint too: a form rendered for the right person and
// submitted by someone else (a stolen or swapped session, a replayed request) is refused.
test.describe("actions re-check who is asking", () => {
  async function swapSession(context: import("@playwright/test").BrowserContext, to: TestPerson | null) {
    await context.clearCookies();
    if (to) await signInAs(context, to);
  }

  test("the team's invite form, submitted by a co-organizer, a stranger and nobody", async ({ page, context }) => {
    const cases: [TestPerson | null, string][] = [
      [fixture.people.coOrganizer, "You do not have permission to do this."],
      [fixture.people.stranger, "This campaign does not exist or is not yours."],
      [null, "Your session has ended. Sign in again, then submit the form once more."],
    ];
    for (const [who, message] of cases) {
      await swapSession(context, fixture.people.owner);
      await page.goto(`/dashboard/campaigns/${fixture.campaignId}/team`);
      const invitee = `replay-${Math.random().toString(36).slice(2)}@example.org`;
      await page.getByLabel("Email address").fill(invitee);
      await swapSession(context, who);
      await page.getByRole("button", { name: "Send invitation" }).click();
      await expect(page.getByText(message)).toBeVisible();
      expect(await e2eDb().campaignInvitation.count({ where: { email: invitee } })).toBe(0);
    }
  });

  test("the translation form, submitted by a stranger and by nobody", async ({ page, context }) => {
    const cases: [TestPerson | null, string][] = [
      [fixture.people.stranger, "This campaign does not exist or is not yours."],
      [null, "Your session has ended. Sign in again, then submit the form once more."],
    ];
    for (const [who, message] of cases) {
      await swapSession(context, fixture.people.coOrganizer);
      await page.goto(`/dashboard/campaigns/${fixture.campaignId}/translations/zh`);
      await page.getByLabel("Title", { exact: true }).fill("替换的标题");
      await page.getByLabel("Summary", { exact: true }).fill("一段足够长的摘要，用来测试别人的会话是否会被拒绝。");
      await page.getByLabel("Story (Markdown)", { exact: true }).fill("一个足够长的故事。".repeat(8));
      await swapSession(context, who);
      await page.getByRole("button", { name: "Save translation" }).click();
      await expect(page.getByText(message)).toBeVisible();
      expect(await e2eDb().campaignTranslation.count({ where: { campaignId: fixture.campaignId } })).toBe(0);
    }
  });

  test("an update's publish-and-email button, pressed by a stranger and by nobody", async ({ page, context }) => {
    const cases: [TestPerson | null, string][] = [
      [fixture.people.stranger, "This campaign does not exist or is not yours."],
      [null, "Your session has ended. Sign in again, then submit the form once more."],
    ];
    for (const [who, message] of cases) {
      await swapSession(context, fixture.people.owner);
      await page.goto(`/dashboard/campaigns/${fixture.campaignId}/updates/${fixture.updateId}?confirm=both`);
      await swapSession(context, who);
      await page.getByRole("button", { name: /^Yes, publish and email/ }).click();
      await expect(page.getByText(message)).toBeVisible();
      const update = await e2eDb().campaignUpdate.findUniqueOrThrow({ where: { id: fixture.updateId }, include: { broadcast: true } });
      expect(update.publishedAt).toBeNull();
      expect(update.broadcast).toBeNull();
    }
  });

  test("a moderator's approve button, pressed by a plain user", async ({ page, context }) => {
    const campaign = await inReviewCampaign(e2eDb(), { title: `Replayed approval ${Date.now()}` });
    await swapSession(context, fixture.people.moderator);
    await page.goto("/moderation");
    const item = page.getByTestId("review-item").filter({ hasText: campaign.title });
    await expect(item).toBeVisible();
    await swapSession(context, fixture.people.owner);
    await item.getByRole("button", { name: /^Approve\b/ }).click();
    await expect(page.getByText("You do not have permission to do this.")).toBeVisible();
    expect((await e2eDb().campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("IN_REVIEW");
  });
});
