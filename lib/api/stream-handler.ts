import type { IncomingMessage, ServerResponse } from "node:http";
import { effectiveGoal } from "../campaigns/effective-goal";
import { findPublicCampaign } from "../campaigns/get-public-campaign";
import type { ApiContext } from "./api-context";
import { sendError } from "./node-http";

const HEARTBEAT_MS = 15_000;
/** A client that stops reading is dropped once this much is queued for it (it reconnects). */
const MAX_QUEUED_BYTES = 64 * 1024;
const CLIENT_RETRY_MS = 3_000;

// All streams of the process share one heartbeat timer instead of holding one each.
const openStreams = new Set<ServerResponse>();
let heartbeat: NodeJS.Timeout | null = null;

function send(res: ServerResponse, chunk: string) {
  if (res.writableLength > MAX_QUEUED_BYTES) {
    res.destroy();
    return;
  }
  res.write(chunk);
}

function trackStream(res: ServerResponse) {
  openStreams.add(res);
  heartbeat ??= setInterval(() => {
    for (const stream of openStreams) send(stream, ": heartbeat\n\n");
  }, HEARTBEAT_MS);
  heartbeat.unref();
}

function untrackStream(res: ServerResponse) {
  openStreams.delete(res);
  if (openStreams.size === 0 && heartbeat) {
    clearInterval(heartbeat);
    heartbeat = null;
  }
}

export function openStreamCount(): number {
  return openStreams.size;
}

/**
 * GET /api/v1/campaigns/{slug}/stream: Server-Sent Events with the count, on connect and
 * on every change. The campaign's goal is fixed for the life of the stream; the count
 * comes from the process's count hub.
 */
export async function handleCountStream(context: ApiContext, req: IncomingMessage, res: ServerResponse, slug: string) {
  const campaign = await findPublicCampaign(context.db, slug);
  if (!campaign) return sendError(res, 404, "CAMPAIGN_NOT_FOUND", "No public campaign has this slug.");
  if (req.destroyed) return;

  res.writeHead(200, {
    "Content-Type": "text/event-stream; charset=utf-8",
    "Cache-Control": "no-cache, no-transform",
    Connection: "keep-alive",
    // Tells nginx-style proxies not to buffer the stream.
    "X-Accel-Buffering": "no",
  });
  res.write(`retry: ${CLIENT_RETRY_MS}\n\n`);
  trackStream(res);

  let unsubscribe: (() => void) | null = null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    untrackStream(res);
    unsubscribe?.();
  };
  req.on("close", close);
  res.on("close", close);
  res.on("error", close);

  const subscription = await context.countHub.subscribe(campaign.id, ({ signatureCount, recentSigners }) => {
    const goal = effectiveGoal(signatureCount, campaign.goal, campaign.goalIsFixed);
    send(
      res,
      `event: count\ndata: ${JSON.stringify({ signatureCount, goal })}\n\n` +
        `event: signers\ndata: ${JSON.stringify(recentSigners)}\n\n`,
    );
  });
  if (closed) subscription();
  else unsubscribe = subscription;
}
