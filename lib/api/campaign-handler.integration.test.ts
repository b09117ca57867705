import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { startTestApi } from "../../test/helpers/test-api-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "../signatures/confirm-signature";

const database = withTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  api = await startTestApi(database);
});
afterAll(() => api.close());

const countJson = async (slug: string, query = "") => (await (await fetch(`${api.url}/api/v1/campaigns/${slug}${query}`)).json()) as { signatureCount: number; language: string };

describe("GET /api/v1/campaigns/{slug}", () => {
  it("answers from memory and follows the count as signatures are confirmed", async () => {
    const campaign = await publishedCampaign(database.db, { goal: 10 });
    const { token } = await pendingSignature(database.db, { campaignId: campaign.id, secret: TEST_SECRET });
    expect((await countJson(campaign.slug)).signatureCount).toBe(0);
    expect((await countJson(campaign.slug)).signatureCount).toBe(0);
    await confirmSignature({ db: database.db, token });
    // The kept answer is replaced once the live count moves (well before the cached row, 5 s, is).
    await expect.poll(async () => (await countJson(campaign.slug)).signatureCount, { timeout: 2_000 }).toBe(1);
    // Another language is another answer, with the same count.
    expect(await countJson(campaign.slug, "?lang=ko")).toMatchObject({ signatureCount: 1, language: "en" });
  });
});
