import http from "node:http";
import type { AddressInfo } from "node:net";
import type pg from "pg";
import { createApiRouter } from "../../lib/api/api-router";
import { createPublicCampaignCache } from "../../lib/campaigns/public-campaign-cache";
import type { Db } from "../../lib/db";
import { createCountHub } from "../../lib/live/count-hub";
import { createLiveCounts } from "../../lib/live/live-counts";
import { createStreamSlots } from "../../lib/live/stream-slots";
import { createSignRateLimiter } from "../../lib/security/sign-rate-limiter";
import { getSignatureCount } from "../../lib/signatures/signature-count";
import { TEST_SECRET } from "./test-database";

type Options = { secret?: string; appUrl?: string };

/**
 * The fast door (lib/api's router) on a real node:http server over the test database, with a
 * count hub of its own: what the API's integration tests send their requests to.
 */
export async function startTestApi(database: { db: Db; pool: pg.Pool; url: string }, options: Options = {}) {
  const hub = createCountHub({
    connectionString: database.url,
    readSnapshot: async (campaignId) => ({ signatureCount: await getSignatureCount(database.db, campaignId), recentSigners: [] }),
    log: () => {},
  });
  const liveCounts = createLiveCounts(hub, { readCount: (campaignId) => getSignatureCount(database.db, campaignId) });
  const router = createApiRouter({
    db: database.db,
    secret: options.secret ?? TEST_SECRET,
    appUrl: options.appUrl ?? "http://chorus.test",
    signLimiter: createSignRateLimiter(database.pool, { perIpPerMinute: 1000 }),
    countHub: hub,
    liveCounts,
    publicCampaigns: createPublicCampaignCache(database.db),
    streamSlots: createStreamSlots({ perClient: 10, total: 10 }),
  });
  const server = http.createServer((req, res) => {
    if (!router(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      liveCounts.close();
      await hub.close();
    },
  };
}
