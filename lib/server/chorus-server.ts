import http from "node:http";
import next from "next";
import { createApiRouter } from "../api/api-router";
import { openStreamCount } from "../api/stream-handler";
import { createPublicCampaignCache } from "../campaigns/public-campaign-cache";
import { getDb } from "../db";
import { getEnv } from "../env";
import { CLIENT_IP_HEADER, resolveClientIp } from "../http/client-ip";
import { RESOURCE_POLICY } from "../http/content-security-policy";
import { securityHeaders } from "../http/security-headers";
import { stopBackgroundJobs } from "../jobs/start-background-jobs";
import { getCountHub } from "../live/process-count-hub";
import { createStreamSlots } from "../live/stream-slots";
import { getSignLimiter } from "../security/process-sign-limiter";
import { serveThroughNext } from "./serve-through-next";

function sendDiagnostics(res: http.ServerResponse) {
  (globalThis as { gc?: () => void }).gc?.();
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ ...process.memoryUsage(), openStreams: openStreamCount() }));
}

function isLoopback(address: string | undefined): boolean {
  return address === "::1" || address === "127.0.0.1" || Boolean(address?.startsWith("127.")) || address === "::ffff:127.0.0.1";
}

type ServerOptions = { port: number; hostname?: string; dev?: boolean };

/**
 * One Chorus process: the hot JSON endpoints on plain node:http, everything else (pages,
 * server actions) through Next.js, and the background jobs (started by instrumentation.ts).
 */
export async function startChorusServer({ port, hostname = "0.0.0.0", dev = false }: ServerOptions) {
  const env = getEnv();
  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const https = env.APP_URL.startsWith("https:");
  const handleWithNext = serveThroughNext(app.getRequestHandler(), { development: dev, https });
  const headersForEveryResponse = securityHeaders({ https });
  const handleApi = createApiRouter({
    db: getDb(),
    secret: env.APP_SECRET,
    appUrl: env.APP_URL,
    signLimiter: getSignLimiter(),
    countHub: getCountHub(),
    publicCampaigns: createPublicCampaignCache(getDb()),
    streamSlots: createStreamSlots({ perClient: env.STREAMS_PER_CLIENT, total: env.STREAMS_MAX }),
  });

  const server = http.createServer((req, res) => {
    for (const [name, value] of headersForEveryResponse) res.setHeader(name, value);
    // HTML pages get their own policy (with their scripts' hashes) on the way out.
    res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    // Whatever a client sent under this name is replaced by the address we trust.
    const ip = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"] as string | undefined, env.TRUST_PROXY);
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
    else delete req.headers[CLIENT_IP_HEADER];
    if (env.CHORUS_DIAGNOSTICS && req.url === "/__chorus/memory") return sendDiagnostics(res);
    // The development mailbox shows every email and confirmation link: only to this machine.
    if (req.url?.startsWith("/dev/") && !isLoopback(req.socket.remoteAddress)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    if (handleApi(req, res)) return;
    void handleWithNext(req, res);
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, hostname, resolve));

  return {
    server,
    openStreams: openStreamCount,
    /** Stops taking connections, lets requests in flight finish (up to 5 s), then ends streams and jobs. */
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      // What is left open now is live-count streams (and stragglers): their clients reconnect elsewhere.
      server.closeAllConnections();
      await closed;
      await stopBackgroundJobs();
      await getCountHub().close();
      await app.close();
    },
  };
}
