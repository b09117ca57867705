import { expect, test } from "@playwright/test";
import { closedCampaign, draftCampaign, expiredCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { uniqueEmail } from "./support/data";

test.use({ locale: "en-US" });

const signBody = () => ({ name: "Late Signer", email: uniqueEmail("late"), country: "KR", consentUpdates: false });

for (const [kind, make] of [
  ["closed", closedCampaign],
  ["past its deadline", expiredCampaign],
] as const) {
  test(`a campaign ${kind} shows why and offers no form; the API answers 409`, async ({ page, request }) => {
    const campaign = await make(e2eDb(), { slug: uniqueSlug("e2e-closed"), title: `A campaign ${kind}` });

    await page.goto(`/c/${campaign.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`A campaign ${kind}`);
    await expect(page.getByTestId("campaign-closed")).toHaveText(
      "This petition is closed and no longer accepts signatures.",
    );
    await expect(page.getByRole("button", { name: "Sign the petition" })).toHaveCount(0);
    await expect(page.getByLabel("Full name")).toHaveCount(0);

    const response = await request.post(`/api/v1/campaigns/${campaign.slug}/signatures`, { data: signBody() });
    expect(response.status()).toBe(409);
    expect((await response.json()).error.code).toBe("CAMPAIGN_CLOSED");
    expect(await e2eDb().signature.count({ where: { campaignId: campaign.id } })).toBe(0);

    const info = await (await request.get(`/api/v1/campaigns/${campaign.slug}`)).json();
    expect(info.status).toBe("closed");
  });
}

test("a draft campaign is not found, on the page and in the API", async ({ page, request }) => {
  const campaign = await draftCampaign(e2eDb(), { slug: uniqueSlug("e2e-draft"), title: "A secret draft" });

  const response = await page.goto(`/c/${campaign.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByText("A secret draft")).toHaveCount(0);

  const info = await request.get(`/api/v1/campaigns/${campaign.slug}`);
  expect(info.status()).toBe(404);
  expect((await info.json()).error.code).toBe("CAMPAIGN_NOT_FOUND");
  const sign = await request.post(`/api/v1/campaigns/${campaign.slug}/signatures`, { data: signBody() });
  expect(sign.status()).toBe(404);
  expect((await sign.json()).error.code).toBe("CAMPAIGN_NOT_FOUND");
  expect(await e2eDb().signature.count({ where: { campaignId: campaign.id } })).toBe(0);
});
