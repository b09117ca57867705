import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { notifyOutbox } from "../email/outbox-signal";
import type { Locale } from "../i18n/locales";
import { isEmptyUpdate, snapshotBroadcastContent } from "./broadcast-content";

export type SendUpdateTestResult = { ok: true } | { ok: false; code: "NOT_FOUND" | "EMPTY_UPDATE" | "INVALID_ADDRESS" };

type SendUpdateTestOptions = {
  updateId: string;
  /** Where the test goes: the organizer's own address (the caller decides whose). */
  toAddress: string;
  locale: Locale;
  /** Accepted for the caller's convenience; links are built when the outbox renders the email. */
  secret?: string;
  appUrl?: string;
};

const address = z.string().trim().toLowerCase().email().max(320);

/**
 * Queues one test email of the update through the outbox: the signers' template with the
 * words and count as they are now, marked as a test, with example links. Every click queues
 * a new one (its own idempotency key). Who may do this is the caller's check.
 */
export async function sendUpdateTest(db: Db, options: SendUpdateTestOptions): Promise<SendUpdateTestResult> {
  const to = address.safeParse(options.toAddress);
  if (!to.success) return { ok: false, code: "INVALID_ADDRESS" };
  const result = await db.$transaction(async (tx) => {
    const update = await tx.campaignUpdate.findUnique({
      where: { id: options.updateId },
      select: { kind: true, title: true, body: true, campaign: { select: { id: true, slug: true, title: true, language: true } } },
    });
    if (!update) return { ok: false, code: "NOT_FOUND" } as const;
    if (isEmptyUpdate(update)) return { ok: false, code: "EMPTY_UPDATE" } as const;
    const content = await snapshotBroadcastContent(tx, update);
    await enqueueEmail({
      tx,
      idempotencyKey: `update-test:${options.updateId}:${randomUUID()}`,
      to: to.data,
      locale: options.locale,
      payload: { kind: "update-test", updateId: options.updateId, content },
    });
    return { ok: true } as const;
  });
  if (result.ok) notifyOutbox();
  return result;
}
