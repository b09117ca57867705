import { writeFileSync } from "node:fs";
import { expect, test, type APIResponse } from "@playwright/test";
import { draftCampaign, inReviewCampaign, publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";

// The image a chat app or social network shows when a campaign's link is pasted (README,
// "Link previews"): the demo campaign is seeded in English, Korean and Chinese.

const DEMO = "save-my-friend";
const SHOTS = process.env.CHORUS_SCREENSHOTS_DIR;
/** 10 minutes less the 30 s margin: age of the render + max-age never passes it. */
const BUDGET_SECONDS = 570;

/** Width and height from the PNG's own header (IHDR follows the 8-byte signature). */
function pngSize(png: Buffer) {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function maxAgeOf(response: APIResponse): number {
  const cacheControl = response.headers()["cache-control"] ?? "";
  const match = /^public, max-age=(\d+), s-maxage=(\d+)$/.exec(cacheControl);
  expect(match, cacheControl).not.toBeNull();
  expect(match![1]).toBe(match![2]);
  return Number(match![1]);
}

async function expectPreview(response: APIResponse, shot?: string) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  const png = await response.body();
  expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  if (SHOTS && shot) writeFileSync(`${SHOTS}/${shot}.png`, png);
  return png;
}

test("the demo campaign's preview is a 1200×630 PNG in English, Korean and Chinese", async ({ request }) => {
  const images = [];
  for (const lang of ["en", "ko", "zh"]) {
    const response = await request.get(`/c/${DEMO}/og.png?lang=${lang}`);
    images.push((await expectPreview(response, `og-${lang}`)).toString("base64"));
    const maxAge = maxAgeOf(response);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(BUDGET_SECONDS);
  }
  expect(new Set(images).size).toBe(3);
});

test("a crowd of crawlers gets one render, and caches may keep it only for what is left of 10 minutes", async ({ request }) => {
  const campaign = await publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-og") });
  const url = `/c/${campaign.slug}/og.png?lang=en`;
  const burst = await Promise.all(Array.from({ length: 8 }, () => request.get(url)));
  const bodies = await Promise.all(burst.map((response) => expectPreview(response)));
  expect(new Set(bodies.map((body) => body.toString("base64"))).size).toBe(1);
  const first = Math.min(...burst.map(maxAgeOf));

  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const later = await request.get(url);
  expect((await later.body()).equals(bodies[0]!)).toBe(true);
  // The same render, a little older: its max-age shrinks by the time that passed.
  expect(maxAgeOf(later)).toBeLessThan(first);
  expect(maxAgeOf(later)).toBeGreaterThan(BUDGET_SECONDS - 60);
});

test("unknown, unpublished and odd addresses are a 404, not an error", async ({ request }) => {
  const db = e2eDb();
  const hidden = [
    await draftCampaign(db),
    await inReviewCampaign(db),
    await publishedCampaign(db, { status: "REJECTED" }),
  ];
  for (const campaign of hidden) {
    expect((await request.get(`/c/${campaign.slug}/og.png?lang=en`)).status(), campaign.status).toBe(404);
  }
  for (const path of ["no-such-campaign", "Save-My-Friend", "save_my_friend", "%E2%9C%93", "a%2F..%2F..", "a%00b", "x".repeat(61)]) {
    const response = await request.get(`/c/${path}/og.png`);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["cache-control"]).toBe("no-store");
  }
});

test("an unknown language falls back to the campaign's own", async ({ request }) => {
  await expectPreview(await request.get(`/c/${DEMO}/og.png?lang=fr`));
  await expectPreview(await request.get(`/c/${DEMO}/og.png`));
});

test.describe("a Korean visitor's page", () => {
  test.use({ locale: "ko-KR" });

  test("names the Korean preview as og:image and twitter:image, with a large card", async ({ page, request, baseURL }) => {
    await page.goto(`/c/${DEMO}`);
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(ogImage).toMatch(new RegExp(`^${baseURL}/c/${DEMO}/og\\.png\\?lang=ko&v=\\d+$`));
    await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]').first()).toHaveAttribute("content", "630");
    await expect(page.locator('meta[property="og:image:alt"]').first()).toHaveAttribute("content", /^내 친구를 구해 주세요/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="twitter:image"]').first()).toHaveAttribute("content", ogImage!);
    // The campaign's own picture stays available as a second image.
    await expect(page.locator('meta[property="og:image"]').nth(1)).toHaveAttribute("content", /save-my-friend\.svg$/);
    await expectPreview(await request.get(ogImage!), "og-from-page-ko");
  });
});

test("an English visitor's page names the English preview", async ({ page, baseURL }) => {
  await page.goto(`/c/${DEMO}`);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute(
    "content",
    new RegExp(`^${baseURL}/c/${DEMO}/og\\.png\\?lang=en&v=\\d+$`),
  );
});
