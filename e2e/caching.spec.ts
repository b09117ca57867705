import { expect, test } from "@playwright/test";
import { publishedCampaign } from "../test/factories";
import { startAnotherAppProcess } from "./support/app-process";
import { addToTeam, createPerson, signInAs } from "./support/auth";
import { e2eDb } from "./support/database";

// What a CDN in front of Chorus relies on (README, "Scaling out").
test("campaign pages are cacheable HTML, rendered once per language", async ({ request }) => {
  const campaign = await publishedCampaign(e2eDb());
  const headers = { "accept-language": "en-US,en;q=0.9" };
  const first = await request.get(`/c/${campaign.slug}`, { headers });
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(first.headers()["cache-control"]).not.toContain("private");
  const again = await request.get(`/c/${campaign.slug}`, { headers });
  expect(again.headers()["x-nextjs-cache"]).toBe("HIT");

  const korean = await request.get(`/c/${campaign.slug}`, { headers: { "accept-language": "ko-KR" } });
  expect(await korean.text()).toContain('<html lang="ko"');
});

test("the count JSON may be kept by a CDN for a second", async ({ request }) => {
  const campaign = await publishedCampaign(e2eDb());
  const json = await request.get(`/api/v1/campaigns/${campaign.slug}`);
  expect(json.headers()["cache-control"]).toBe("public, max-age=1, s-maxage=1, stale-while-revalidate=5");
});

// The page cache (lib/server/page-cache.ts) answers from memory; a change must still show at
// once. A process that keeps pages for ten minutes makes the test fail if it did not.
test.describe("a process that keeps pages in memory for ten minutes", () => {
  let longCache: Awaited<ReturnType<typeof startAnotherAppProcess>>;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    longCache = await startAnotherAppProcess({ env: { PAGE_CACHE_TTL_MS: "600000", WORKER: "off" } });
  });
  test.afterAll(async () => {
    await longCache?.stop();
  });

  test("shows a visitor an organizer's story edit at once", async ({ browser }) => {
    const organizer = await createPerson({ trusted: true });
    const campaign = await publishedCampaign(e2eDb(), { story: "The first story, as it was launched." });
    await addToTeam(campaign.id, organizer);
    const visit = () => fetch(`${longCache.url}/c/${campaign.slug}`, { headers: { "accept-language": "en-US,en;q=0.9" } });

    await visit();
    const cached = await visit();
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(await cached.text()).toContain("The first story, as it was launched.");

    const context = await browser.newContext({ baseURL: longCache.url });
    await signInAs(context, organizer);
    const page = await context.newPage();
    await page.goto(`/dashboard/campaigns/${campaign.id}/edit`);
    await page.getByLabel("Your story").fill("The story after the edit by its organizer, with news.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("edit-done")).toHaveText("Your changes are saved.");
    await context.close();

    const after = await (await visit()).text();
    expect(after).toContain("The story after the edit by its organizer, with news.");
    expect(after).not.toContain("The first story, as it was launched.");
  });
});
