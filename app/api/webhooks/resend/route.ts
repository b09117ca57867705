import { handleResendWebhook, WEBHOOK_MAX_BYTES } from "@/lib/email/handle-resend-webhook";
import { apiError } from "@/lib/http/api-error";
import { logError } from "@/lib/observability/log-error";
import { getServices } from "@/lib/server/services";

// Resend's delivery events (see lib/email/handle-resend-webhook.ts). No cookies, no CSRF
// token: the Svix signature is the proof.
export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? 0) > WEBHOOK_MAX_BYTES) {
    return apiError(413, "TOO_LARGE", "The request body is too large.");
  }
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody) > WEBHOOK_MAX_BYTES) return apiError(413, "TOO_LARGE", "The request body is too large.");
  const { db, env } = getServices();
  try {
    const answer = await handleResendWebhook({ db, secret: env.APP_SECRET, webhookSecret: env.RESEND_WEBHOOK_SECRET, rawBody, headers: request.headers });
    return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logError("webhooks resend", error);
    // A 5xx makes Resend deliver the event again later.
    return apiError(500, "INTERNAL_ERROR", "The event could not be recorded; send it again.");
  }
}
