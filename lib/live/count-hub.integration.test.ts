import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { createTestDatabase, type TestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "../signatures/confirm-signature";
import { getSignatureCount } from "../signatures/signature-count";
import { createCountHub, type CountHub } from "./count-hub";

const secret = "integration-secret-integration-secret";
let database: TestDatabase;
let hub: CountHub;
let reads = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  hub = createCountHub({
    connectionString: database.url,
    readSnapshot: async (campaignId) => {
      reads++;
      return { signatureCount: await getSignatureCount(database.db, campaignId), recentSigners: [] };
    },
    minReadIntervalMs: 200,
    log: () => {},
  });
});
afterAll(async () => {
  await hub.close();
  await database.drop();
});

async function pendingTokens(campaignId: string, count: number) {
  const tokens: string[] = [];
  for (let index = 0; index < count; index++) tokens.push((await pendingSignature(database.db, { campaignId, secret })).token);
  return tokens;
}

describe("the count hub", () => {
  it("gives a new listener the current count, then every change, with reads coalesced", async () => {
    const campaign = await publishedCampaign(database.db);
    const tokens = await pendingTokens(campaign.id, 300);
    const seen: number[] = [];
    const unsubscribe = await hub.subscribe(campaign.id, ({ signatureCount }) => seen.push(signatureCount));
    await expect.poll(() => seen[0]).toBe(0);

    reads = 0;
    const started = Date.now();
    await Promise.all(tokens.map((token) => confirmSignature({ db: database.db, token })));
    const confirmMs = Date.now() - started;
    await expect.poll(() => seen.at(-1), { timeout: 5_000 }).toBe(300);

    // 300 notifications, but at most one read per 200 ms window (plus the trailing one).
    expect(reads).toBeLessThanOrEqual(Math.ceil(confirmMs / 200) + 2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    unsubscribe();
    expect(hub.stats()).toEqual({ campaigns: 0, listeners: 0 });
  });

  it("gives a second listener of a followed campaign the value at once", async () => {
    const campaign = await publishedCampaign(database.db);
    const first: number[] = [];
    const second: number[] = [];
    const stopFirst = await hub.subscribe(campaign.id, ({ signatureCount }) => first.push(signatureCount));
    await expect.poll(() => first.length).toBe(1);
    const stopSecond = await hub.subscribe(campaign.id, ({ signatureCount }) => second.push(signatureCount));
    expect(second).toEqual([0]);
    stopFirst();
    stopSecond();
  });

  it("re-opens a lost LISTEN connection and re-synchronises the counts", async () => {
    const campaign = await publishedCampaign(database.db);
    const [before, during] = await pendingTokens(campaign.id, 2);
    const seen: number[] = [];
    const unsubscribe = await hub.subscribe(campaign.id, ({ signatureCount }) => seen.push(signatureCount));
    await confirmSignature({ db: database.db, token: before! });
    await expect.poll(() => seen.at(-1)).toBe(1);

    const pid = (hub.connection() as unknown as { processID: number }).processID;
    await database.pool.query("SELECT pg_terminate_backend($1)", [pid]);
    // Confirmed while nobody listens: the notification is lost, the re-sync must find it.
    await confirmSignature({ db: database.db, token: during! });
    await expect.poll(() => seen.at(-1), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => (hub.connection() as unknown as { processID: number } | null)?.processID).not.toBe(pid);
    unsubscribe();
  });

  it("hears another channel on its connection, and again after the connection was cut", async () => {
    const heard: string[] = [];
    await hub.listen("chorus_test_channel", (payload) => heard.push(payload));
    await database.pool.query("SELECT pg_notify('chorus_test_channel', 'before')");
    await expect.poll(() => heard).toEqual(["before"]);

    const pid = (hub.connection() as unknown as { processID: number }).processID;
    await database.pool.query("SELECT pg_terminate_backend($1)", [pid]);
    await expect
      .poll(
        async () => {
          await database.pool.query("SELECT pg_notify('chorus_test_channel', 'after')");
          return heard.includes("after");
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });
});
