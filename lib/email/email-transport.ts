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

/** Where email goes: Resend in production, the database mailbox on a developer's machine. */
export type EmailTransport = { name: string; send(email: OutgoingEmail): Promise<SendResult> };
