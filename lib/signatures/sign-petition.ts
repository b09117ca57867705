import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { signingAvailability } from "../campaigns/signing-availability";
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
 * Records a pending signature and its confirmation email. The common case, a new signer,
 * is one statement: the campaign check, the insert (ON CONFLICT DO NOTHING on the unique
 * campaign+email index, so racing double submits make one row) and the outbox row commit
 * together or not at all. Signing again with the same email answers the same way (the
 * response never tells whether an address has signed) and re-sends at most every 10 min.
 */
export async function signPetition(options: SignPetitionOptions): Promise<SignPetitionResult> {
  const { db, secret, campaignSlug, input, locale, ipHash } = options;
  const now = options.now ?? new Date();
  const signatureId = randomUUID();
  const consentWording = input.consentUpdates ? `${CONSENT_WORDING_VERSION}:${locale}` : null;

  const [row] = await db.$queryRaw<{ campaignTitle: string | null; created: boolean }[]>`
    WITH campaign AS (
      SELECT "id", "title" FROM "Campaign"
      WHERE "slug" = ${campaignSlug} AND "status" = 'PUBLISHED' AND ("closesAt" IS NULL OR "closesAt" > ${now})
    ), inserted AS (
      INSERT INTO "Signature" ("id", "campaignId", "email", "name", "country", "postalCode", "locale",
        "consentUpdates", "consentWording", "consentAt", "showPublicly", "confirmationTokenHash",
        "tokenExpiresAt", "confirmationSentAt", "referralCode", "referredBy", "source", "ipHash", "createdAt", "updatedAt")
      SELECT ${signatureId}::uuid, campaign."id", ${input.email}, ${input.name}, ${input.country}, ${input.postalCode},
        ${locale}, ${input.consentUpdates}, ${consentWording}, ${input.consentUpdates ? now : null}::timestamptz,
        ${input.showPublicly}, ${hashConfirmationToken(confirmationTokenFor(secret, signatureId))},
        ${new Date(now.getTime() + CONFIRMATION_TOKEN_TTL_MS)}, ${now}, ${newReferralCode()},
        ${input.referredBy ?? null}, ${input.source ?? null}, ${ipHash}, ${now}, ${now}
      FROM campaign
      ON CONFLICT ("campaignId", "email") DO NOTHING
      RETURNING "id"
    ), outbox AS (
      INSERT INTO "EmailMessage" ("id", "idempotencyKey", "kind", "toAddress", "locale", "payload")
      SELECT ${randomUUID()}::uuid, ${`signature-confirmation:${signatureId}:${now.getTime()}`}, 'signature-confirmation',
        ${input.email}, ${locale},
        jsonb_build_object('kind', 'signature-confirmation', 'signatureId', inserted."id", 'signerName', ${input.name}::text,
          'campaignTitle', campaign."title")
      FROM inserted, campaign
      RETURNING "id"
    )
    SELECT (SELECT "title" FROM campaign) AS "campaignTitle", EXISTS (SELECT 1 FROM outbox) AS "created"`;

  if (row?.created) return { ok: true, outcome: "created" };
  if (!row?.campaignTitle) return refusal(db, campaignSlug, now);

  // The address has signed before: re-send its confirmation if it is still pending.
  return db.$transaction(async (tx) => {
    const existing = await tx.signature.findFirst({
      where: { email: input.email, campaign: { slug: campaignSlug } },
      select: { id: true, name: true, email: true, status: true, locale: true },
    });
    if (!existing || existing.status !== "PENDING") return { ok: true, outcome: "unchanged" } as const;
    const resent = await resendConfirmationIfDue(tx, existing, row.campaignTitle!, now, secret);
    return { ok: true, outcome: resent ? "resent" : "unchanged" } as const;
  });
}

async function refusal(db: Db, campaignSlug: string, now: Date): Promise<SignPetitionResult> {
  const campaign = await db.campaign.findUnique({ where: { slug: campaignSlug }, select: { status: true, closesAt: true } });
  const availability = campaign ? signingAvailability(campaign, now) : "NOT_PUBLIC";
  return { ok: false, code: availability === "CLOSED" ? "CAMPAIGN_CLOSED" : "CAMPAIGN_NOT_FOUND" };
}
