import type { Db } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import { isEmptyUpdate, snapshotBroadcastContent } from "./broadcast-content";

/** Recipients per request to Resend's batch endpoint (its maximum). */
export const BATCH_SIZE = 100;

/** Campaigns whose signers may be emailed an update: live, closed or won, never a draft or a rejected one. */
const EMAILABLE_CAMPAIGN = new Set(["PUBLISHED", "CLOSED", "WON"]);

export type StartUpdateBroadcastResult =
  | { ok: true; broadcastId: string; recipientCount: number }
  | { ok: false; code: "NOT_FOUND" | "ALREADY_STARTED" | "EMPTY_UPDATE" | "CAMPAIGN_NOT_PUBLIC" };

type StartUpdateBroadcastOptions = { updateId: string; startedById: string | null; now?: Date };

/** The idempotency key Resend sees for one batch: the same on every attempt, unique across broadcasts. */
export function batchIdempotencyKey(broadcastId: string, seq: number): string {
  return `${batchKeyPrefix(broadcastId)}${seq}`;
}

function batchKeyPrefix(broadcastId: string): string {
  return `update-broadcast/${broadcastId}/`;
}

/**
 * Starts the one email send of an update, in one transaction: the broadcast row (unique per
 * update, so a double click or a second tab gets ALREADY_STARTED and nothing is sent twice),
 * the words and count it will show, and a snapshot of the recipients (confirmed signers of
 * the campaign who consented and have neither unsubscribed nor withdrawn) grouped into
 * batches of 100, written by two INSERT … SELECT statements whatever the campaign's size.
 * Workers send the batches (deliverBroadcastBatches). The caller checks who may do this.
 */
export async function startUpdateBroadcast(db: Db, options: StartUpdateBroadcastOptions): Promise<StartUpdateBroadcastResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction(
    async (tx) => {
      // Edits take the same lock (editCampaignUpdate), so the words frozen below are the last
      // saved ones, and an edit that waited for this send finds it started (ALREADY_SENT).
      await tx.$queryRaw`SELECT 1 FROM "CampaignUpdate" WHERE "id" = ${options.updateId}::uuid FOR UPDATE`;
      const update = await tx.campaignUpdate.findUnique({
        where: { id: options.updateId },
        select: { kind: true, title: true, body: true, campaign: { select: { id: true, slug: true, title: true, language: true, status: true } } },
      });
      if (!update) return { ok: false, code: "NOT_FOUND" } as const;
      if (isEmptyUpdate(update)) return { ok: false, code: "EMPTY_UPDATE" } as const;
      if (!EMAILABLE_CAMPAIGN.has(update.campaign.status)) return { ok: false, code: "CAMPAIGN_NOT_PUBLIC" } as const;

      const content = await snapshotBroadcastContent(tx, update);
      const [created] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "UpdateBroadcast" ("id", "updateId", "status", "startedById", "startedAt", "signatureCount", "content")
        VALUES (gen_random_uuid(), ${options.updateId}::uuid, 'SENDING', ${options.startedById}::uuid, ${now},
          ${content.signatureCount}, ${JSON.stringify(content)}::jsonb)
        ON CONFLICT ("updateId") DO NOTHING
        RETURNING "id"`;
      if (!created) return { ok: false, code: "ALREADY_STARTED" } as const;
      const broadcastId = created.id;

      // One statement: the snapshot, its batches of 100 (numbered in a fixed order, so batch n
      // always holds the same signers) and its recipients, each in its batch.
      const recipientCount = await tx.$executeRaw`
        WITH snapshot AS (
          SELECT "id" AS "signatureId", ((row_number() OVER (ORDER BY "id")) - 1) / ${BATCH_SIZE} AS "seq"
          FROM "Signature"
          WHERE "campaignId" = ${update.campaign.id}::uuid AND "status" = 'CONFIRMED' AND "consentUpdates"
            AND "unsubscribedAt" IS NULL AND "withdrawnAt" IS NULL
        ), batches AS (
          INSERT INTO "BroadcastBatch" ("id", "broadcastId", "seq", "idempotencyKey", "status", "attempts", "nextAttemptAt")
          SELECT gen_random_uuid(), ${broadcastId}::uuid, "seq", ${batchKeyPrefix(broadcastId)} || "seq", 'PENDING', 0, ${now}
          FROM (SELECT DISTINCT "seq" FROM snapshot) AS seqs
          RETURNING "id", "seq"
        )
        INSERT INTO "BroadcastRecipient" ("broadcastId", "signatureId", "batchId", "status")
        SELECT ${broadcastId}::uuid, snapshot."signatureId", batches."id", 'QUEUED'
        FROM snapshot JOIN batches USING ("seq")`;
      await tx.updateBroadcast.update({
        where: { id: broadcastId },
        // Nobody to email: the send is over as it starts.
        data: recipientCount === 0 ? { recipientCount, status: "DONE", finishedAt: now } : { recipientCount },
      });
      return { ok: true, broadcastId, recipientCount } as const;
    },
    // 175,000 signers take a few seconds to snapshot.
    { timeout: 120_000 },
  );
  // This process's worker starts at once; others find the batches on their next poll.
  if (result.ok) notifyOutbox();
  return result;
}
