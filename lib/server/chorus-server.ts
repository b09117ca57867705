import cluster from "node:cluster";
import http from "node:http";
import net from "node:net";
import next from "next";
import { createApiRouter } from "../api/api-router";
import { endOpenStreams, openStreamCount } from "../api/stream-handler";
import { createPublicCampaignCache } from "../campaigns/public-campaign-cache";
import { getDb } from "../db";
import { getEnv } from "../env";
import { RESOURCE_POLICY } from "../http/content-security-policy";
import { framingFor, widgetFraming } from "../http/framing-policy";
import { securityHeaders } from "../http/security-headers";
import { backgroundJobsRunning, stopBackgroundJobs } from "../jobs/start-background-jobs";
import { createLiveCounts } from "../live/live-counts";
import { getCountHub } from "../live/process-count-hub";
import { getSignatureCount } from "../signatures/signature-count";
import { createStreamSlots } from "../live/stream-slots";
import { getSignLimiter } from "../security/process-sign-limiter";
import { getPageCache } from "./page-cache";
import { expirePagesInThisProcess, pathsInNotification } from "./page-changes";
import { PAGES_CHANGED_CHANNEL } from "./page-changes-channel";
import { logError } from "../observability/log-error";
import { createRequestGate } from "./request-gate";
import { serveThroughNext } from "./serve-through-next";
import { sharingScriptOrigins } from "../sharing/kakao-sdk";

function sendDiagnostics(res: http.ServerResponse) {
  (globalThis as { gc?: () => void }).gc?.();
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      ...process.memoryUsage(),
      openStreams: openStreamCount(),
      // Which process answered (npm start runs several): its pid, its web process number, whether it runs the jobs.
      pid: process.pid,
      webProcess: cluster.worker?.id ?? null,
      jobs: backgroundJobsRunning(),
    }),
  );
}

// How long a closing server keeps idle keep-alive connections, and how long it lets requests
// finish (generous: on a starved machine a page can take seconds, and cutting it is a failure).
const IDLE_GRACE_MS = 1_000;
const DRAIN_MS = 25_000;

type ServerOptions = { port: number; hostname?: string; dev?: boolean };

/**
 * One Chorus web process: the hot JSON endpoints on plain node:http, everything else (pages,
 * server actions) through Next.js. `npm start` runs several (scripts/web-process.ts), and
 * the background jobs in one of them.
 */
export async function startChorusServer({ port, hostname, dev = false }: ServerOptions) {
  const env = getEnv();
  hostname ??= env.HOST;
  // Next.js treats a rewrite to an origin other than its own hostname as external and proxies
  // it over HTTP (with X-Forwarded-For): with hostname 127.0.0.1 every locale rewrite to
  // http://localhost:… made a second request through this server. "localhost" keeps
  // rewrites in-process whatever address we listen on.
  const app = next({ dev, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  const https = env.APP_URL.startsWith("https:");
  const handleWithNext = serveThroughNext(app.getRequestHandler(), {
    development: dev,
    https,
    scriptOrigins: sharingScriptOrigins(env.KAKAO_JAVASCRIPT_KEY),
    // In development every page is rendered afresh: nothing to keep.
    pageCache: dev || env.PAGE_CACHE_TTL_MS === 0 ? undefined : getPageCache(),
  });
  const headersForEveryResponse = securityHeaders({ https });
  // The embeddable widget's pages (and only they) may be framed by other sites.
  const widget = widgetFraming(env.embedFrameAncestors);
  const headersForWidget = securityHeaders({ https, framing: widget });
  const liveCounts = createLiveCounts(getCountHub(), { readCount: (campaignId) => getSignatureCount(getDb(), campaignId) });
  const handleApi = createApiRouter({
    db: getDb(),
    secret: env.APP_SECRET,
    appUrl: env.APP_URL,
    signLimiter: getSignLimiter(),
    countHub: getCountHub(),
    liveCounts,
    publicCampaigns: createPublicCampaignCache(getDb()),
    streamSlots: createStreamSlots({ perClient: env.STREAMS_PER_CLIENT, total: env.STREAMS_MAX }),
  });

  const gate = createRequestGate({
    secret: env.APP_SECRET,
    proxyTrust: env.proxyTrust,
    devMailbox: { enabled: env.devMailboxEnabled, key: env.DEV_MAILBOX_KEY ?? null, secureCookie: https },
    diagnostics: env.CHORUS_DIAGNOSTICS && env.CHORUS_DIAGNOSTICS_TOKEN ? { token: env.CHORUS_DIAGNOSTICS_TOKEN, send: sendDiagnostics } : null,
  });

  let draining = false;
  const server = http.createServer((req, res) => {
    // While closing, every answer ends its connection: the client's next request opens a
    // new one, which another process (or, after a restart, the new one) takes.
    if (draining) res.setHeader("Connection", "close");
    const framing = framingFor(req.url, widget);
    const headers = framing === widget ? headersForWidget : headersForEveryResponse;
    for (const [name, value] of headers) res.setHeader(name, value);
    // HTML pages get their own policy (with their scripts' hashes) on the way out.
    res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    if (gate(req, res)) return;
    if (handleApi(req, res)) return;
    void handleWithNext(req, res, framing);
  });
  server.keepAliveTimeout = 65_000;
  // A page changed in another process (an edit, a takedown) is rendered afresh here too.
  getCountHub()
    .listen(PAGES_CHANGED_CHANNEL, (payload) => expirePagesInThisProcess(pathsInNotification(payload), getPageCache()))
    .catch((error: unknown) => logError("listening for changed pages", error));
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));

  return {
    server,
    openStreams: openStreamCount,
    /**
     * Stops taking connections, ends live-count streams (their browsers reconnect elsewhere),
     * lets requests in flight finish (up to 25 s), then stops the jobs. Idle keep-alive
     * connections are kept for a second, and a request arriving on one is answered (with
     * Connection: close) rather than cut off.
     */
    async close() {
      draining = true;
      // net.Server's close, not http.Server's: that one also drops idle keep-alive
      // connections at once, and a request a client is sending on one at that moment is lost.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      endOpenStreams();
      const idle = setTimeout(() => server.closeIdleConnections(), IDLE_GRACE_MS);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, DRAIN_MS))]);
      clearTimeout(idle);
      // Stragglers (and a stream opened on a kept-alive connection meanwhile) are cut.
      server.closeAllConnections();
      await closed;
      await stopBackgroundJobs();
      liveCounts.close();
      await getCountHub().close();
      await app.close();
    },
  };
}
