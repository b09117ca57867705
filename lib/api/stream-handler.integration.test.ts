import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedCampaign, pendingSignature, publishedCampaign } from "../../test/factories";
import { createTestDatabase, type TestDatabase } from "../../test/helpers/test-database";
import { createPublicCampaignCache } from "../campaigns/public-campaign-cache";
import { createLiveCounts } from "../live/live-counts";
import type { Db } from "../db";
import { CLIENT_IP_HEADER } from "../http/client-ip";
import { createCountHub, type CountHub } from "../live/count-hub";
import { createStreamSlots, type StreamLimits } from "../live/stream-slots";
import { createSignRateLimiter } from "../security/sign-rate-limiter";
import { confirmSignature } from "../signatures/confirm-signature";
import { getSignatureCount } from "../signatures/signature-count";
import { createApiRouter } from "./api-router";
import { openStreamCount } from "./stream-handler";

const secret = "integration-secret-integration-secret";
let database: TestDatabase;
let hub: CountHub;
let baseUrl: string;
/** Campaign lookups the stream handler made, counted where Prisma runs them. */
let campaignQueries = 0;
const servers: http.Server[] = [];

/** A server with the API router and its own stream slots, reachable at the returned URL. */
async function startApi(limits: StreamLimits, cacheClock?: () => number): Promise<string> {
  const countingDb = database.db.$extends({
    query: {
      campaign: {
        async findFirst({ args, query }) {
          campaignQueries++;
          return query(args);
        },
      },
    },
  }) as unknown as Db;
  const router = createApiRouter({
    db: countingDb,
    secret,
    appUrl: "http://chorus.test",
    signLimiter: createSignRateLimiter(database.pool, { perIpPerMinute: 1000 }),
    countHub: hub,
    liveCounts: createLiveCounts(hub, { readCount: (campaignId) => getSignatureCount(countingDb, campaignId) }),
    publicCampaigns: createPublicCampaignCache(countingDb, { now: cacheClock }),
    streamSlots: createStreamSlots(limits),
  });
  const started = http.createServer((req, res) => {
    if (!router(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => started.listen(0, "127.0.0.1", resolve));
  servers.push(started);
  return `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
}

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
  // Room for the 2,000 streams the tests below open from this one address.
  baseUrl = await startApi({ perClient: 5_000, total: 5_000 });
});

afterAll(async () => {
  for (const started of servers) {
    started.closeAllConnections();
    await new Promise((resolve) => started.close(resolve));
  }
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
    // A first batch, uncounted, brings what grows lazily to the size 100 streams need
    // (socket pools on both sides, caches): what is measured below is what streams leave.
    const openBatch = async () => {
      const controllers = Array.from({ length: 100 }, () => new AbortController());
      const responses = await Promise.all(
        controllers.map((controller) =>
          fetch(`${baseUrl}/api/v1/campaigns/${campaign.slug}/stream`, { signal: controller.signal }),
        ),
      );
      await Promise.all(responses.map((response) => readUntil(response, /signatureCount/)));
      return controllers;
    };
    for (const controller of await openBatch()) controller.abort();
    await expect.poll(() => openStreamCount()).toBe(0);
    global.gc?.();
    const handlesBefore = process.getActiveResourcesInfo().length;
    const heapBefore = process.memoryUsage().heapUsed;

    for (let batch = 0; batch < 10; batch++) {
      const controllers = await openBatch();
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

  it("refuses a client over its cap with 429 TOO_MANY_STREAMS and Retry-After; its IPv6 /64 counts as one", async () => {
    const url = await startApi({ perClient: 2, total: 100 });
    const campaign = await publishedCampaign(database.db);
    const open = streamOpener(`${url}/api/v1/campaigns/${campaign.slug}/stream`);
    expect((await open("2001:db8:1:2::1")).status).toBe(200);
    expect((await open("2001:db8:1:2::ffff")).status).toBe(200);

    const refused = await open("2001:db8:1:2:abcd::9");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await refused.json();
    expect(body.error.code).toBe("TOO_MANY_STREAMS");
    expect(body.error.message).toMatch(/\w/);
    // Another network is not affected.
    expect((await open("2001:db8:1:3::1")).status).toBe(200);
    expect((await open("198.51.100.7")).status).toBe(200);
    open.closeAll();
  });

  it("refuses every client once the process holds its total, and frees slots as streams close", async () => {
    const url = await startApi({ perClient: 10, total: 3 });
    const campaign = await publishedCampaign(database.db);
    const open = streamOpener(`${url}/api/v1/campaigns/${campaign.slug}/stream`);
    const first = await open("198.51.100.1");
    expect(first.status).toBe(200);
    expect((await open("198.51.100.2")).status).toBe(200);
    expect((await open("198.51.100.3")).status).toBe(200);
    const refused = await open("198.51.100.4");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBeTruthy();
    expect((await refused.json()).error.code).toBe("TOO_MANY_STREAMS");

    open.close(first);
    await expect.poll(async () => (await open("198.51.100.4")).status, { timeout: 10_000 }).toBe(200);
    open.closeAll();
  });

  it("frees a client's slots when its streams close", async () => {
    const url = await startApi({ perClient: 1, total: 100 });
    const campaign = await publishedCampaign(database.db);
    const open = streamOpener(`${url}/api/v1/campaigns/${campaign.slug}/stream`);
    const held = await open("203.0.113.5");
    expect(held.status).toBe(200);
    expect((await open("203.0.113.5")).status).toBe(429);
    open.close(held);
    await expect.poll(async () => (await open("203.0.113.5")).status, { timeout: 10_000 }).toBe(200);
    // A request for an unknown campaign holds no slot either.
    expect((await open("203.0.113.6", "no-such-campaign")).status).toBe(404);
    const again = await open("203.0.113.6");
    expect(again.status).toBe(200);
    open.closeAll();
  });

  it("looks the campaign up once for 2,000 connections", async () => {
    const frozenClock = () => 0;
    const url = await startApi({ perClient: 5_000, total: 5_000 }, frozenClock);
    const campaign = await publishedCampaign(database.db);
    const before = campaignQueries;
    for (let batch = 0; batch < 10; batch++) {
      const controllers = Array.from({ length: 200 }, () => new AbortController());
      const responses = await Promise.all(
        controllers.map((controller) => fetch(`${url}/api/v1/campaigns/${campaign.slug}/stream`, { signal: controller.signal })),
      );
      expect(responses.every((response) => response.status === 200)).toBe(true);
      await Promise.all(responses.map((response) => readUntil(response, /signatureCount/)));
      for (const controller of controllers) controller.abort();
    }
    expect(campaignQueries - before).toBe(1);
    await expect.poll(() => openStreamCount(), { timeout: 10_000 }).toBe(0);
  }, 120_000);
});

/** Opens streams as coming from a given client address; keeps them open until closed. */
function streamOpener(url: string) {
  const open = new Map<Response, AbortController>();
  const opener = async (ip: string, slug?: string) => {
    const controller = new AbortController();
    const target = slug ? url.replace(/campaigns\/[^/]+\//, `campaigns/${slug}/`) : url;
    const response = await fetch(target, { headers: { [CLIENT_IP_HEADER]: ip }, signal: controller.signal });
    if (response.status === 200) await readUntil(response, /signatureCount/);
    open.set(response, controller);
    return response;
  };
  return Object.assign(opener, {
    close(response: Response) {
      open.get(response)?.abort();
      open.delete(response);
    },
    closeAll() {
      for (const controller of open.values()) controller.abort();
      open.clear();
    },
  });
}
