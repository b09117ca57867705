import type { DbTx } from "../db";
import type { Locale } from "../i18n/locales";
import type { EmailPayload } from "./email-kinds";

type EnqueueEmailOptions = {
  tx: DbTx;
  /** Unique per logical message: enqueueing the same key twice sends one email. */
  idempotencyKey: string;
  to: string;
  locale: Locale;
  payload: EmailPayload;
};

/**
 * Writes the email into the outbox inside the caller's transaction; the worker sends it.
 * Call notifyOutbox() after the commit to have it sent without waiting for a poll.
 */
export async function enqueueEmail({ tx, idempotencyKey, to, locale, payload }: EnqueueEmailOptions): Promise<void> {
  await tx.emailMessage.createMany({
    data: [{ idempotencyKey, kind: payload.kind, toAddress: to, locale, payload }],
    skipDuplicates: true,
  });
}
