import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { createPublicCampaignCache } from "../campaigns/public-campaign-cache";
import { createCountHub, type CountHub } from "../live/count-hub";
import { createLiveCounts } from "../live/live-counts";
import { createStreamSlots } from "../live/stream-slots";
import { createSignRateLimiter } from "../security/sign-rate-limiter";
import { confirmSignature } from "../signatures/confirm-signature";
import { getSignatureCount } from "../signatures/signature-count";
import { createApiRouter } from "./api-router";

const database = withTestDatabase();
let hub: CountHub;
let server: http.Server;
let base = "";

beforeAll(async () => {
  hub = createCountHub({
    connectionString: database.url,
    readSnapshot: async (campaignId) => ({ signatureCount: await getSignatureCount(database.db, campaignId), recentSigners: [] }),
    log: () => {},
  });
  const router = createApiRouter({
    db: database.db,
    secret: TEST_SECRET,
    appUrl: "https://chorus.test",
    signLimiter: createSignRateLimiter(database.pool, { perIpPerMinute: 1000 }),
    countHub: hub,
    liveCounts: createLiveCounts(hub, { readCount: (campaignId) => getSignatureCount(database.db, campaignId) }),
    publicCampaigns: createPublicCampaignCache(database.db),
    streamSlots: createStreamSlots({ perClient: 10, total: 10 }),
  });
  server = http.createServer((req, res) => {
    if (!router(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await hub.close();
});

const countJson = async (slug: string, query = "") => (await (await fetch(`${base}/api/v1/campaigns/${slug}${query}`)).json()) as { signatureCount: number; language: string };

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
