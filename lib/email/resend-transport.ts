import { Resend } from "resend";
import type { EmailTransport } from "./email-transport";
import { postResendBatch } from "./resend-batch-request";
import { classifyFailure } from "./resend-failures";

export { classifyFailure, parseRetryAfter } from "./resend-failures";

/**
 * Sends through the Resend API (RESEND_BASE_URL, read by the SDK, points it elsewhere).
 * The outbox key is sent as Resend's Idempotency-Key, so a retry after a crash between
 * "sent" and "marked sent" does not deliver twice.
 */
export function createResendTransport(apiKey: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(email) {
      const { data, error } = await resend.emails.send(
        { from: email.from, to: [email.to], subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: email.idempotencyKey },
      );
      if (data) return { ok: true, providerId: data.id };
      const status = error?.statusCode ?? null;
      const retryable = classifyFailure(status, error?.name) === "retry";
      return { ok: false, retryable, error: `${status ?? "network"} ${error?.name ?? ""}: ${error?.message ?? ""}` };
    },
    /**
     * Resend's batch endpoint: up to 100 emails under one idempotency key, at the SDK's
     * base URL (RESEND_BASE_URL) with its User-Agent, through a lean request (see
     * resend-batch-request.ts for why not the SDK's own fetch).
     */
    sendBatch(batch) {
      return postResendBatch(resend.baseUrl, apiKey, resend.userAgent, batch);
    },
  };
}
