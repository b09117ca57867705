import { Resend } from "resend";
import type { EmailTransport } from "./email-transport";

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
      // No status means the request never got an answer (network): worth retrying. A 409 is
      // worth it only when Resend is still processing the same key; its other 409 (the same
      // key with a different body) would fail the same way for 48 hours.
      const stillProcessing = status === 409 && error?.name === "concurrent_idempotent_requests";
      const retryable = status === null || stillProcessing || status === 429 || (status !== null && status >= 500);
      return { ok: false, retryable, error: `${status ?? "network"} ${error?.name ?? ""}: ${error?.message ?? ""}` };
    },
  };
}
