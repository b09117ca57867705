import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedCampaign, pendingSignature, publishedCampaign } from "../../test/factories";
import { createTestDatabase, type TestDatabase } from "../../test/helpers/test-database";
import { createCountHub, type CountHub } from "../live/count-hub";
import { createSignRateLimiter } from "../security/sign-rate-limiter";
import { confirmSignature } from "../signatures/confirm-signature";
import { getSignatureCount } from "../signatures/signature-count";
import { createApiRouter } from "./api-router";
import { openStreamCount } from "./stream-handler";

const secret = "integration-secret-integration-secret";
let database: TestDatabase;
let hub: CountHub;
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  database = await createTestDatabase();
  hub = createCountHub({
    connectionString: database.url,
    readSnapshot: async (campaignId) => ({
      signatureCount: await getSignatureCount(database.db, campaignId),
      recentSigners: [],
    }),
    log: () => {},
  });
  const router = createApiRouter({
    db: database.db,
    secret,
    appUrl: "http://chorus.test",
    signLimiter: createSignRateLimiter(database.pool, { perIpPerMinute: 1000 }),
    countHub: hub,
  });
  server = http.createServer((req, res) => {
    if (!router(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await hub.close();
  await database.drop();
});

async function readUntil(response: Response, pattern: RegExp): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!pattern.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += value;
  }
  reader.releaseLock();
  return text;
}

describe("GET /api/v1/campaigns/{slug}/stream", () => {
  it("sends retry, the count on connect and on change, as text/event-stream", async () => {
    const campaign = await publishedCampaign(database.db, { goal: 100 });
    const { token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/api/v1/campaigns/${campaign.slug}/stream`, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-cache");
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!text.includes('"signatureCount":0')) text += (await reader.read()).value;
    expect(text).toMatch(/^retry: \d+\n\n/);
    expect(text).toContain('event: count\ndata: {"signatureCount":0,"goal":100}\n\n');

    await confirmSignature({ db: database.db, token });
    while (!text.includes('"signatureCount":1')) text += (await reader.read()).value;
    expect(text).toContain('event: count\ndata: {"signatureCount":1,"goal":100}\n\n');
    controller.abort();
  });

  it("still streams the final count of a closed campaign", async () => {
    const campaign = await closedCampaign(database.db);
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/api/v1/campaigns/${campaign.slug}/stream`, { signal: controller.signal });
    expect(response.status).toBe(200);
    expect(await readUntil(response, /signatureCount/)).toContain('"signatureCount":0');
    controller.abort();
  });

  it("answers 404 JSON for unknown and deleted campaigns", async () => {
    const unknown = await fetch(`${baseUrl}/api/v1/campaigns/no-such-campaign/stream`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("CAMPAIGN_NOT_FOUND");
    const campaign = await publishedCampaign(database.db);
    await database.db.campaign.delete({ where: { id: campaign.id } });
    expect((await fetch(`${baseUrl}/api/v1/campaigns/${campaign.slug}/stream`)).status).toBe(404);
  });

  it("leaves no listeners, timers or memory behind after 1,000 streams are dropped abruptly", async () => {
    const campaign = await publishedCampaign(database.db);
    const warmUp = new AbortController();
    await readUntil(await fetch(`${baseUrl}/api/v1/campaigns/${campaign.slug}/stream`, { signal: warmUp.signal }), /signatureCount/);
    warmUp.abort();
    await expect.poll(() => openStreamCount()).toBe(0);
    global.gc?.();
    const handlesBefore = process.getActiveResourcesInfo().length;
    const heapBefore = process.memoryUsage().heapUsed;

    for (let batch = 0; batch < 10; batch++) {
      const controllers = Array.from({ length: 100 }, () => new AbortController());
      const responses = await Promise.all(
        controllers.map((controller) =>
          fetch(`${baseUrl}/api/v1/campaigns/${campaign.slug}/stream`, { signal: controller.signal }),
        ),
      );
      await Promise.all(responses.map((response) => readUntil(response, /signatureCount/)));
      expect(openStreamCount()).toBe(100);
      expect(hub.stats().listeners).toBe(100);
      for (const controller of controllers) controller.abort();
    }

    await expect.poll(() => openStreamCount(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => hub.stats(), { timeout: 10_000 }).toEqual({ campaigns: 0, listeners: 0 });
    await expect.poll(() => process.getActiveResourcesInfo().length, { timeout: 10_000 }).toBeLessThanOrEqual(handlesBefore + 5);
    expect(global.gc, "run with --expose-gc (vitest.config.ts)").toBeDefined();
    // The aborted fetches on the client side of this same process are released over a few
    // ticks; collect until the heap stops shrinking before measuring.
    let previous = Infinity;
    while (process.memoryUsage().heapUsed < previous) {
      previous = process.memoryUsage().heapUsed;
      global.gc!();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const grown = process.memoryUsage().heapUsed - heapBefore;
    // 1,000 streams held about 1,000 sockets' worth; what stays must be far less than one each.
    expect(grown).toBeLessThan(4 * 1024 * 1024);
  });
});
