import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { signingAvailability } from "../campaigns/signing-availability";
import { enqueueEmail } from "../email/enqueue-email";
import type { Locale } from "../i18n/locales";
import { CONFIRMATION_TOKEN_TTL_MS, confirmationTokenFor, hashConfirmationToken } from "./confirmation-token";
import { newReferralCode } from "./referral-code";
import { resendConfirmationIfDue } from "./resend-confirmation";
import type { SignatureInput } from "./signature-input";

/** Bumped whenever the consent sentence changes, so each signature records what was agreed to. */
export const CONSENT_WORDING_VERSION = "updates-v1";

export type SignPetitionResult =
  | { ok: true; outcome: "created" | "resent" | "unchanged" }
  | { ok: false; code: "CAMPAIGN_NOT_FOUND" | "CAMPAIGN_CLOSED" };

type SignPetitionOptions = {
  db: Db;
  secret: string;
  campaignSlug: string;
  input: SignatureInput;
  locale: Locale;
  ipHash: string | null;
  now?: Date;
};

/**
 * Records a pending signature and its confirmation email in one transaction. Signing
 * again with the same email creates nothing and answers the same way (so the response
 * never tells whether an address has signed), re-sending the email at most every 10 min.
 */
export async function signPetition(options: SignPetitionOptions): Promise<SignPetitionResult> {
  const { db, secret, campaignSlug, input, locale, ipHash } = options;
  const now = options.now ?? new Date();

  const campaign = await db.campaign.findUnique({
    where: { slug: campaignSlug },
    select: { id: true, title: true, status: true, closesAt: true },
  });
  if (!campaign) return { ok: false, code: "CAMPAIGN_NOT_FOUND" };
  const availability = signingAvailability(campaign, now);
  if (availability === "NOT_PUBLIC") return { ok: false, code: "CAMPAIGN_NOT_FOUND" };
  if (availability === "CLOSED") return { ok: false, code: "CAMPAIGN_CLOSED" };

  const signatureId = randomUUID();
  const tokenExpiresAt = new Date(now.getTime() + CONFIRMATION_TOKEN_TTL_MS);

  return db.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: the unique (campaign, email) index decides, even for two
    // submits racing each other.
    const created = await tx.signature.createManyAndReturn({
      data: [
        {
          id: signatureId,
          campaignId: campaign.id,
          email: input.email,
          name: input.name,
          country: input.country,
          postalCode: input.postalCode,
          locale,
          consentUpdates: input.consentUpdates,
          consentWording: input.consentUpdates ? `${CONSENT_WORDING_VERSION}:${locale}` : null,
          consentAt: input.consentUpdates ? now : null,
          showPublicly: input.showPublicly,
          confirmationTokenHash: hashConfirmationToken(confirmationTokenFor(secret, signatureId)),
          tokenExpiresAt,
          confirmationSentAt: now,
          referralCode: newReferralCode(),
          referredBy: input.referredBy ?? null,
          source: input.source ?? null,
          ipHash,
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });

    if (created.length === 1) {
      await enqueueEmail({
        tx,
        idempotencyKey: `signature-confirmation:${signatureId}:${now.getTime()}`,
        to: input.email,
        locale,
        payload: {
          kind: "signature-confirmation",
          signatureId,
          signerName: input.name,
          campaignTitle: campaign.title,
        },
      });
      return { ok: true, outcome: "created" } as const;
    }

    const existing = await tx.signature.findUniqueOrThrow({
      where: { campaignId_email: { campaignId: campaign.id, email: input.email } },
      select: { id: true, name: true, email: true, status: true, locale: true },
    });
    if (existing.status !== "PENDING") return { ok: true, outcome: "unchanged" } as const;
    const resent = await resendConfirmationIfDue(tx, existing, campaign.title, now);
    return { ok: true, outcome: resent ? "resent" : "unchanged" } as const;
  });
}
