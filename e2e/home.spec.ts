import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { closedCampaign, draftCampaign, publishedCampaign, uniqueSlug } from "../test/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/database";

test.use({ locale: "en-US" });

const english = { "accept-language": "en-US,en;q=0.9" };
// Sorted first among campaigns nobody signed lately, so it is on the first page whatever other specs add.
const soon = () => new Date(Date.now() + 60 * 60 * 1000);

test("search finds open and ended campaigns apart, with their status and progress, never drafts", async ({ page }) => {
  const db = e2eDb();
  const word = `zq${randomBytes(4).toString("hex")}`;
  const open = await publishedCampaign(db, { slug: uniqueSlug("e2e-home"), title: `Open ${word} petition`, goal: 5000 });
  await db.campaignCounterShard.createMany({
    data: [
      { campaignId: open.id, shard: 1, count: 1000 },
      { campaignId: open.id, shard: 7, count: 234 },
    ],
  });
  const closingSoon = await publishedCampaign(db, {
    slug: uniqueSlug("e2e-home"),
    title: `Closing ${word} petition`,
    closesAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
  });
  await closedCampaign(db, { slug: uniqueSlug("e2e-home"), title: `Ended ${word} petition` });
  await draftCampaign(db, { slug: uniqueSlug("e2e-home"), title: `Draft ${word} petition` });
  await db.campaign.update({ where: { id: closingSoon.id }, data: { publishedAt: new Date(Date.now() - 60_000) } });

  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Start a campaign" })).toHaveAttribute("href", "/start");
  await expect(page.getByRole("main").getByRole("link", { name: "Start a campaign" })).toHaveAttribute("href", "/start");
  await page.getByRole("searchbox", { name: "Search petitions" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(`/search?q=${word}`);
  await expect(page.getByRole("status").and(page.getByTestId("result-count"))).toHaveText(`3 petitions match “${word}”.`);
  const openSection = page.getByRole("region", { name: "Open petitions" });
  const endedSection = page.getByRole("region", { name: "Ended" });
  await expect(openSection.getByRole("heading", { level: 3 })).toHaveText([`Open ${word} petition`, `Closing ${word} petition`]);
  await expect(endedSection.getByRole("heading", { level: 3 })).toHaveText([`Ended ${word} petition`]);
  await expect(openSection.getByTestId("campaign-badge")).toHaveText(["Open", "Closing soon"]);
  await expect(endedSection.getByTestId("campaign-badge")).toHaveText(["Closed"]);

  const card = openSection.getByTestId("campaign-card").first();
  await expect(card.getByRole("progressbar", { name: "1,234 of 5,000 signatures" })).toHaveAttribute("value", "1234");
  await expect(card.getByRole("progressbar")).toHaveAttribute("max", "5000");
  await expect(card.getByText("To The Minister of Tests")).toBeVisible();
  await expect(page.getByText(`Draft ${word} petition`)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await card.getByRole("link", { name: `Open ${word} petition` }).click();
  await expect(page).toHaveURL(`/c/${open.slug}`);
});

test("search finds Korean campaigns by part of a word, and says when nothing matches", async ({ page }) => {
  const db = e2eDb();
  const word = `zq${randomBytes(4).toString("hex")}`;
  await publishedCampaign(db, { slug: uniqueSlug("e2e-home"), title: `한강을 깨끗하게 ${word}` });

  await page.goto(`/search?q=${encodeURIComponent(`한강 ${word}`)}`);
  await expect(page.getByTestId("result-count")).toHaveText(`1 petition matches “한강 ${word}”.`);
  await expect(page.getByRole("region", { name: "Open petitions" }).getByRole("heading", { level: 3 })).toHaveText(`한강을 깨끗하게 ${word}`);

  await page.getByRole("searchbox", { name: "Search petitions" }).fill(`nothing ${word}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("result-count")).toHaveText(`No petitions match “nothing ${word}”.`);
  await expect(page.getByRole("link", { name: "Browse all petitions" })).toHaveAttribute("href", "/");
  await expect(page.getByTestId("campaign-card")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test("the home page is cacheable HTML that shows a new campaign within 30 seconds", async ({ request }) => {
  test.setTimeout(90_000);
  const first = await request.get("/", { headers: english });
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=30\b/);
  expect(first.headers()["cache-control"]).not.toContain("private");
  expect((await request.get("/", { headers: english })).headers()["x-nextjs-cache"]).toBe("HIT");

  const title = `Fresh ${randomBytes(4).toString("hex")} petition`;
  const created = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-fresh"), title });
  await e2eDb().campaign.update({ where: { id: created.id }, data: { publishedAt: soon() } });
  const started = Date.now();
  await expect
    .poll(async () => (await request.get("/", { headers: english })).text(), { timeout: 45_000, intervals: [1_000] })
    .toContain(title);
  // Served stale at most once past the 30 s window, then fresh.
  expect(Date.now() - started).toBeLessThan(40_000);

  const search = await request.get(`/search?q=${encodeURIComponent(title)}`, { headers: english });
  expect(search.headers()["cache-control"]).toContain("no-store");
});
