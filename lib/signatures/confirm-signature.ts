import type { Db } from "../db";
import { signingAvailability } from "../campaigns/signing-availability";
import { hashConfirmationToken, looksLikeConfirmationToken } from "./confirmation-token";
import { incrementSignatureCount } from "./signature-count";

export type ConfirmSignatureResult =
  | { ok: true; campaignSlug: string; alreadyConfirmed: boolean }
  | { ok: false; code: "TOKEN_INVALID" | "TOKEN_EXPIRED" | "CAMPAIGN_CLOSED"; campaignSlug?: string };

/**
 * Confirms a pending signature and counts it, in one transaction. Safe to repeat: a
 * second confirm (or two racing) counts once.
 */
export async function confirmSignature(options: { db: Db; token: string; now?: Date }): Promise<ConfirmSignatureResult> {
  const { db, token } = options;
  const now = options.now ?? new Date();
  if (!looksLikeConfirmationToken(token)) return { ok: false, code: "TOKEN_INVALID" };

  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findUnique({
      where: { confirmationTokenHash: hashConfirmationToken(token) },
      select: {
        id: true,
        status: true,
        tokenExpiresAt: true,
        campaign: { select: { id: true, slug: true, status: true, closesAt: true } },
      },
    });
    if (!signature) return { ok: false, code: "TOKEN_INVALID" } as const;
    const campaignSlug = signature.campaign.slug;
    if (signature.status === "CONFIRMED") return { ok: true, campaignSlug, alreadyConfirmed: true } as const;
    if (signature.status !== "PENDING") return { ok: false, code: "TOKEN_INVALID" } as const;
    if (signature.tokenExpiresAt.getTime() <= now.getTime()) {
      return { ok: false, code: "TOKEN_EXPIRED", campaignSlug } as const;
    }
    if (signingAvailability(signature.campaign, now) !== "OPEN") {
      return { ok: false, code: "CAMPAIGN_CLOSED", campaignSlug } as const;
    }

    // The status condition makes the PENDING → CONFIRMED step happen once, so the count
    // is bumped once even when two confirms race.
    const confirmed = await tx.signature.updateMany({
      where: { id: signature.id, status: "PENDING" },
      data: { status: "CONFIRMED", confirmedAt: now },
    });
    if (confirmed.count === 0) return { ok: true, campaignSlug, alreadyConfirmed: true } as const;
    await incrementSignatureCount(tx, signature.campaign.id);
    return { ok: true, campaignSlug, alreadyConfirmed: false } as const;
  });
}
