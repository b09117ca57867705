import type { Db } from "../db";
import type { SuppressionReason } from "../generated/prisma/enums";
import { suppressAllEmail } from "../unsubscribe/suppress-all-email";

/**
 * How final each delivery status is. Providers may deliver webhooks late, twice or out of
 * order; a status only replaces one of the same or a lower rank, so "delivered" arriving
 * after "bounced" does not hide the bounce, and a repeat changes nothing.
 */
export const DELIVERY_STATUS_RANK: Record<string, number> = {
  sent: 1,
  delivery_delayed: 2,
  delivered: 3,
  soft_bounced: 3,
  bounced: 4,
  complained: 4,
  failed: 4,
  suppressed: 4,
};

export type EmailEvent = {
  /** One of DELIVERY_STATUS_RANK's keys. */
  status: string;
  /** The provider's id of the message (Resend's data.email_id). */
  providerId: string;
  /** Whom it was sent to: suppressed when the status is a hard bounce or a complaint. */
  recipients: string[];
};

export type RecordEmailEventResult = { ok: true; matched: number; suppressed: SuppressionReason | null };

const SUPPRESSES: Record<string, SuppressionReason> = { bounced: "BOUNCED", complained: "COMPLAINED" };

/**
 * Records what the provider says happened to one message: its delivery status on the
 * outbox row and on the broadcast recipient that carry its provider id (an unknown id
 * matches nothing and is fine), and, for a hard bounce or a complaint, a suppression of
 * the recipient's inbox by keyed hash. One transaction; repeating it changes nothing.
 */
export async function recordEmailEvent(db: Db, options: { secret: string; event: EmailEvent }): Promise<RecordEmailEventResult> {
  const { event, secret } = options;
  const rank = DELIVERY_STATUS_RANK[event.status];
  if (rank === undefined) throw new Error(`unknown delivery status ${event.status}`);
  const ranks = Object.entries(DELIVERY_STATUS_RANK);
  // The rank of the stored status, in SQL: unknown or none ranks 0.
  const storedRank = (column: string) =>
    `CASE ${column} ${ranks.map(([status, value]) => `WHEN '${status}' THEN ${value}`).join(" ")} ELSE 0 END`;
  return db.$transaction(async (tx) => {
    const messages = await tx.$executeRawUnsafe(
      `UPDATE "EmailMessage" SET "deliveryStatus" = $1 WHERE "providerId" = $2 AND ${storedRank(`"deliveryStatus"`)} <= $3`,
      event.status,
      event.providerId,
      rank,
    );
    const recipients = await tx.$executeRawUnsafe(
      `UPDATE "BroadcastRecipient" SET "deliveryStatus" = $1 WHERE "providerId" = $2 AND ${storedRank(`"deliveryStatus"`)} <= $3`,
      event.status,
      event.providerId,
      rank,
    );
    const reason = SUPPRESSES[event.status] ?? null;
    if (reason) {
      for (const address of event.recipients) await suppressAllEmail(tx, { secret, address, reason });
    }
    return { ok: true, matched: messages + recipients, suppressed: reason } as const;
  });
}
