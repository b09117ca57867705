import { createHash } from "node:crypto";
import type { Db } from "../db";
import type { EmailTransport } from "./email-transport";

/** A stable id for the n-th email of a batch, so a retried batch writes the same rows. */
function batchEmailId(idempotencyKey: string, index: number): string {
  const hex = createHash("sha256").update(`${idempotencyKey}#${index}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Stores email in the database for /dev/mailbox; one row per outbox message, however often retried. */
export function createDevMailboxTransport(db: Db): EmailTransport {
  return {
    name: "dev-mailbox",
    async send(email) {
      const row = await db.devMailboxMessage.upsert({
        where: { emailMessageId: email.outboxId },
        create: {
          emailMessageId: email.outboxId,
          toAddress: email.to,
          fromAddress: email.from,
          subject: email.subject,
          html: email.html,
          text: email.text,
        },
        update: {},
        select: { id: true },
      });
      return { ok: true, providerId: `dev-mailbox:${row.id}` };
    },
    /** Each email of a batch once, however often the batch is retried (ids derived from its key). */
    async sendBatch(batch) {
      const rows = batch.emails.list().map((email, index) => ({
        emailMessageId: batchEmailId(batch.idempotencyKey, index),
        toAddress: email.to,
        fromAddress: batch.from,
        subject: email.subject,
        html: email.html,
        text: email.text,
      }));
      await db.devMailboxMessage.createMany({ data: rows, skipDuplicates: true });
      return { ok: true, providerIds: rows.map((row) => `dev-mailbox:${row.emailMessageId}`) };
    },
  };
}
