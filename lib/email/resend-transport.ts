import { Resend } from "resend";
import type { BatchSendResult, EmailTransport } from "./email-transport";

/** Seconds (or an HTTP date) in a Retry-After header, as milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** How a failed answer is handled: by its status and Resend's error name. */
export function classifyFailure(status: number | null, name: string | undefined): "retry" | "unauthorized" | "permanent" {
  if (status === 401 || status === 403) return "unauthorized";
  // A 409 is worth retrying only while Resend is still processing the same key; its other
  // 409 (the same key with a different body) would fail the same way every time.
  if (status === 409) return name === "concurrent_idempotent_requests" ? "retry" : "permanent";
  if (status === null || status === 429 || status >= 500) return "retry";
  return "permanent";
}

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
    /** Resend's batch endpoint: up to 100 emails, one idempotency key for the whole request. */
    async sendBatch(batch): Promise<BatchSendResult> {
      const { data, error, headers } = await resend.batch.send(
        batch.emails.map((email) => ({ from: batch.from, to: [email.to], subject: email.subject, html: email.html, text: email.text, headers: email.headers })),
        { idempotencyKey: batch.idempotencyKey, signal: batch.signal },
      );
      if (data) {
        const ids = data.data.map((entry) => entry.id);
        if (ids.length !== batch.emails.length) {
          return { ok: false, kind: "retry", status: 200, retryAfterMs: null, error: `answered ${ids.length} ids for ${batch.emails.length} emails` };
        }
        return { ok: true, providerIds: ids };
      }
      const status = error?.statusCode ?? null;
      return {
        ok: false,
        kind: classifyFailure(status, error?.name),
        status,
        retryAfterMs: parseRetryAfter(headers?.["retry-after"]),
        error: `${status ?? "network"} ${error?.name ?? ""}: ${error?.message ?? ""}`.slice(0, 1000),
      };
    },
  };
}
