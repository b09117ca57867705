export type OutgoingEmail = {
  outboxId: string;
  idempotencyKey: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
};

export type SendResult =
  | { ok: true; providerId: string }
  | { ok: false; retryable: boolean; error: string };

/** One recipient's email in a batch, with its own headers (List-Unsubscribe). */
export type OutgoingBatchEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

/**
 * A batch's emails, built in the form a transport needs: one by one (the dev mailbox stores
 * each), or straight as the bytes of Resend's request body, which update batches splice
 * from each language's pre-encoded email (lib/updates/encoded-update-email.ts) instead of
 * building and encoding 100 emails of 6 KB.
 */
export type BatchEmails = {
  readonly count: number;
  list(): OutgoingBatchEmail[];
  /**
   * Byte for byte resendBatchBody(from, list()) (lib/email/resend-batch-request.ts), written
   * into memory from `take` when given (reused memory is far cheaper than fresh).
   */
  resendBody(from: string, take?: (size: number) => Buffer): Buffer;
};

/** Up to 100 emails in one request, under one idempotency key. */
export type OutgoingBatch = {
  batchId: string;
  idempotencyKey: string;
  from: string;
  emails: BatchEmails;
  /** Aborts the request (the claim's time is running out). */
  signal?: AbortSignal;
};

/**
 * What became of a batch: accepted (the provider's ids, in the emails' order), or not:
 * `retry` (429, 5xx, no answer: try again later, honouring retryAfterMs when the provider
 * named a wait), `unauthorized` (401/403: the key is wrong or revoked; retrying cannot help
 * until an operator fixes it) or `permanent` (the request itself is refused).
 */
export type BatchSendResult =
  | { ok: true; providerIds: string[] }
  | { ok: false; kind: "retry" | "unauthorized" | "permanent"; status: number | null; retryAfterMs: number | null; error: string };

/** Where email goes: Resend in production, the database mailbox on a developer's machine. */
export type EmailTransport = {
  name: string;
  send(email: OutgoingEmail): Promise<SendResult>;
  sendBatch(batch: OutgoingBatch): Promise<BatchSendResult>;
};
