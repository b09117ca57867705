import type { IncomingMessage, ServerResponse } from "node:http";
import { effectiveGoal } from "../campaigns/effective-goal";
import { CLIENT_IP_HEADER } from "../http/client-ip";
import type { ApiContext } from "./api-context";
import { sendError } from "./node-http";

const HEARTBEAT_MS = 15_000;
/** A client that stops reading is dropped once this much is queued for it (it reconnects). */
const MAX_QUEUED_BYTES = 64 * 1024;
const CLIENT_RETRY_MS = 3_000;
/** When a refused client may try again; the page polls the count meanwhile. */
const FULL_RETRY_AFTER_SECONDS = 30;

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

/** Ends every open stream (the process is closing): browsers reconnect within seconds, to another process. */
export function endOpenStreams(): void {
  for (const res of [...openStreams]) res.end();
}

/**
 * GET /api/v1/campaigns/{slug}/stream: Server-Sent Events with the count, on connect and
 * on every change. The campaign's goal is fixed for the life of the stream; the count
 * comes from the process's count hub. Each stream holds a slot, limited per client
 * address and per process; the campaign row comes from the in-memory cache.
 */
export async function handleCountStream(context: ApiContext, req: IncomingMessage, res: ServerResponse, slug: string) {
  const clientIp = (req.headers[CLIENT_IP_HEADER] as string | undefined) ?? req.socket.remoteAddress ?? null;
  const slot = context.streamSlots.acquire(clientIp);
  if ("refused" in slot) {
    return sendError(
      res,
      429,
      "TOO_MANY_STREAMS",
      slot.refused === "client"
        ? "Too many live streams are open from your network; poll the campaign instead, or try again later."
        : "This server holds as many live streams as it can; poll the campaign instead, or try again later.",
      { headers: { "Retry-After": String(FULL_RETRY_AFTER_SECONDS) } },
    );
  }
  let streaming = false;
  try {
    const campaign = await context.publicCampaigns.find(slug);
    if (!campaign) return sendError(res, 404, "CAMPAIGN_NOT_FOUND", "No public campaign has this slug.");
    if (req.destroyed) return;
    streaming = true;
    await stream(context, req, res, campaign, slot.release);
  } finally {
    if (!streaming) slot.release();
  }
}

async function stream(
  context: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  campaign: { id: string; goal: number; goalIsFixed: boolean },
  releaseSlot: () => void,
) {
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
    releaseSlot();
    unsubscribe?.();
  };
  req.on("close", close);
  res.on("close", close);
  res.on("error", close);

  // Should this fail, the router ends the response, and `close` frees the slot.
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
