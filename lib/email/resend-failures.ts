// How Resend's answers are read: shared by the SDK path (single emails) and the batch path.

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
