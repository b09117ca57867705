import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { createTestDatabase, type TestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "../signatures/confirm-signature";
import { getSignatureCount } from "../signatures/signature-count";
import { createCountHub, type CountHub } from "./count-hub";
import { createLiveCounts } from "./live-counts";

const secret = "integration-secret-integration-secret";
let database: TestDatabase;
let hub: CountHub;
let hubReads = 0;
let directReads = 0;

const readCount = async (campaignId: string) => {
  directReads++;
  return getSignatureCount(database.db, campaignId);
};

beforeAll(async () => {
  database = await createTestDatabase();
  hub = createCountHub({
    connectionString: database.url,
    readSnapshot: async (campaignId) => {
      hubReads++;
      return { signatureCount: await getSignatureCount(database.db, campaignId), recentSigners: [] };
    },
    log: () => {},
  });
});
afterAll(async () => {
  await hub.close();
  await database.drop();
});

describe("live counts", () => {
  it("answers from memory once followed, and follows every confirmation", async () => {
    const campaign = await publishedCampaign(database.db);
    const tokens: string[] = [];
    for (let index = 0; index < 5; index++) tokens.push((await pendingSignature(database.db, { campaignId: campaign.id, secret })).token);
    const counts = createLiveCounts(hub, { readCount });

    expect(await counts.count(campaign.id)).toBe(0);
    hubReads = 0;
    directReads = 0;
    const answers = await Promise.all(Array.from({ length: 200 }, () => counts.count(campaign.id)));
    expect(answers.every((answer) => answer === 0)).toBe(true);
    // 200 answers, not one query.
    expect(hubReads + directReads).toBe(0);

    for (const token of tokens) await confirmSignature({ db: database.db, token });
    await expect.poll(() => counts.count(campaign.id), { timeout: 5_000 }).toBe(5);
    expect(directReads).toBe(0);
    counts.close();
  });

  it("stops following a campaign nobody asks about", async () => {
    const campaign = await publishedCampaign(database.db);
    let now = 0;
    const counts = createLiveCounts(hub, { readCount, idleMs: 1_000, now: () => now });
    await counts.count(campaign.id);
    expect(counts.size()).toBe(1);
    now = 5_000;
    // The sweep runs every max(1 s, idle / 2) of real time.
    await expect.poll(() => counts.size(), { timeout: 3_000 }).toBe(0);
    await expect.poll(() => hub.stats().listeners, { timeout: 1_000 }).toBe(0);
    counts.close();
  });

  it("asks the database when the hub gives no value in time", async () => {
    const campaign = await publishedCampaign(database.db);
    await confirmSignature({ db: database.db, token: (await pendingSignature(database.db, { campaignId: campaign.id, secret })).token });
    // A hub whose database cannot be reached keeps retrying its LISTEN connection.
    const unreachable = createCountHub({
      connectionString: "postgresql://nobody@127.0.0.1:1/none",
      readSnapshot: async () => ({ signatureCount: -1, recentSigners: [] }),
      log: () => {},
    });
    const counts = createLiveCounts(unreachable, { readCount, firstValueTimeoutMs: 300 });
    directReads = 0;
    expect(await counts.count(campaign.id)).toBe(1);
    expect(directReads).toBe(1);
    counts.close();
    await unreachable.close();
  });
});
