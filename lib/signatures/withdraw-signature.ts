import { randomInt } from "node:crypto";
import type { Db } from "../db";
import { countAnnouncerFor } from "../live/count-announcer";
import { COUNTER_SHARDS } from "./signature-count";

export type WithdrawSignatureResult =
  | { ok: true; alreadyWithdrawn: boolean; campaignId: string; wasCounted: boolean }
  | { ok: false; code: "NOT_FOUND" | "NOT_WITHDRAWABLE" };

/**
 * The signer takes their signature back. A confirmed one stops counting at once: the same
 * transaction takes one off a counter shard (as confirmSignature adds one) and, after the
 * commit, the live counter is told. A pending one just stops. Withdrawing twice changes
 * nothing the second time.
 *
 * The row lock (FOR UPDATE) is the guard: two withdraws, or a withdraw and a confirm, take
 * turns on the row, and each reads the status the other committed, so only a withdraw that
 * finds CONFIRMED takes one off (confirm re-checks PENDING under the same lock).
 *
 * What stays of the signer is what keeps the record honest and stops them from being
 * emailed or counted again: the address (one signature per address per campaign, and the
 * key for their unsubscribe), country, dates and the consent record. Name, postal code,
 * the public listing, IP hash, referral and campaign-source fields are cleared, and the
 * campaign's emails stop.
 */
export async function withdrawSignature(db: Db, options: { signatureId: string; now?: Date }): Promise<WithdrawSignatureResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string; campaignId: string }[]>`
      SELECT "status"::text AS "status", "campaignId"::text AS "campaignId" FROM "Signature"
      WHERE "id" = ${options.signatureId}::uuid FOR UPDATE`;
    if (!row) return { ok: false, code: "NOT_FOUND" } as const;
    if (row.status === "WITHDRAWN") return { ok: true, alreadyWithdrawn: true, campaignId: row.campaignId, wasCounted: false } as const;
    if (row.status !== "PENDING" && row.status !== "CONFIRMED") return { ok: false, code: "NOT_WITHDRAWABLE" } as const;
    await tx.$executeRaw`
      UPDATE "Signature" SET "status" = 'WITHDRAWN', "withdrawnAt" = ${now}, "updatedAt" = ${now},
        "unsubscribedAt" = COALESCE("unsubscribedAt", ${now}),
        "name" = '', "postalCode" = NULL, "showPublicly" = false, "ipHash" = NULL, "referredBy" = NULL,
        "source" = NULL, "utmSource" = NULL, "utmMedium" = NULL, "utmCampaign" = NULL
      WHERE "id" = ${options.signatureId}::uuid`;
    const wasCounted = row.status === "CONFIRMED";
    if (wasCounted) {
      // Any shard: the count is their sum (a shard may go below zero; the sum cannot).
      await tx.$executeRaw`
        INSERT INTO "CampaignCounterShard" ("campaignId", "shard", "count")
        VALUES (${row.campaignId}::uuid, ${randomInt(COUNTER_SHARDS)}, -1)
        ON CONFLICT ("campaignId", "shard") DO UPDATE SET "count" = "CampaignCounterShard"."count" - 1`;
    }
    return { ok: true, alreadyWithdrawn: false, campaignId: row.campaignId, wasCounted } as const;
  });
  if (result.ok && result.wasCounted) countAnnouncerFor(db).announce(result.campaignId);
  return result;
}
