import type { Db } from "../db";
import type { EmailTransport } from "./email-transport";

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
  };
}
