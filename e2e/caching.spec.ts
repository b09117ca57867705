import { expect, test } from "@playwright/test";
import { publishedCampaign } from "../test/factories";
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
