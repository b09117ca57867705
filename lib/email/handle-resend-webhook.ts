import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import type { Db } from "../db";
import { apiErrorBody } from "../http/api-error";
import { recordEmailEvent, type EmailEvent } from "./record-email-event";

/** Larger bodies are refused before they are read in full (delivery events are a few KB). */
export const WEBHOOK_MAX_BYTES = 256 * 1024;

export type WebhookAnswer = { status: number; body: unknown };

/** Resend's event types (resend SDK: WebhookEventPayload) and the status each one records. */
const STATUS_OF: Record<string, string> = {
  "email.sent": "sent",
  "email.delivered": "delivered",
  "email.delivery_delayed": "delivery_delayed",
  "email.bounced": "bounced",
  "email.complained": "complained",
  "email.failed": "failed",
  "email.suppressed": "suppressed",
};

const eventSchema = z.object({
  type: z.string().max(100),
  data: z
    .object({
      email_id: z.string().min(1).max(200).optional(),
      to: z.union([z.array(z.string().max(320)).max(50), z.string().max(320)]).optional(),
      bounce: z.object({ type: z.string().max(100).optional() }).partial().optional(),
    })
    .partial()
    .default({}),
});

/**
 * POST /api/webhooks/resend: Resend's delivery events, signed the Svix way (svix-id,
 * svix-timestamp, svix-signature over the raw body, with the webhook's whsec_ secret).
 * Unsigned, wrongly signed, and replayed payloads (timestamp more than 5 minutes off) are
 * refused with 401 before anything is read from them. Events we do not use (opens,
 * clicks, contacts…) are acknowledged and ignored. A soft bounce (Resend's bounce type
 * other than "Permanent") is recorded as soft_bounced and suppresses nothing.
 */
export async function handleResendWebhook(options: {
  db: Db;
  /** APP_SECRET: keys the suppression's hash of the recipient. */
  secret: string;
  /** RESEND_WEBHOOK_SECRET; unset: the endpoint is switched off. */
  webhookSecret: string | undefined;
  rawBody: string;
  headers: Headers;
}): Promise<WebhookAnswer> {
  const { db, secret, webhookSecret, rawBody, headers } = options;
  if (!webhookSecret) {
    return { status: 503, body: apiErrorBody("WEBHOOK_NOT_CONFIGURED", "This site has no Resend webhook secret (RESEND_WEBHOOK_SECRET) set.") };
  }
  const signed = { id: headers.get("svix-id"), timestamp: headers.get("svix-timestamp"), signature: headers.get("svix-signature") };
  if (!signed.id || !signed.timestamp || !signed.signature) {
    return { status: 401, body: apiErrorBody("SIGNATURE_MISSING", "The request carries no Svix signature headers.") };
  }
  try {
    new Webhook(webhookSecret).verify(rawBody, { "svix-id": signed.id, "svix-timestamp": signed.timestamp, "svix-signature": signed.signature });
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    // Wrong signature, or a timestamp more than 5 minutes from now (a replay).
    return { status: 401, body: apiErrorBody("SIGNATURE_INVALID", "The signature does not match, or the request is too old.") };
  }

  let parsed: z.infer<typeof eventSchema>;
  try {
    const result = eventSchema.safeParse(JSON.parse(rawBody));
    if (!result.success) return { status: 400, body: apiErrorBody("INVALID_EVENT", "The event does not have the expected shape.") };
    parsed = result.data;
  } catch {
    return { status: 400, body: apiErrorBody("INVALID_EVENT", "The body is not JSON.") };
  }

  let status = STATUS_OF[parsed.type];
  const providerId = parsed.data.email_id;
  if (!status || !providerId) return { status: 200, body: { ok: true, recorded: false } };
  if (status === "bounced" && parsed.data.bounce?.type?.toLowerCase() !== "permanent") status = "soft_bounced";
  const to = parsed.data.to;
  const event: EmailEvent = { status, providerId, recipients: typeof to === "string" ? [to] : (to ?? []) };
  const recorded = await recordEmailEvent(db, { secret, event });
  return { status: 200, body: { ok: true, recorded: true, matched: recorded.matched } };
}
