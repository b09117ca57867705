import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { signingAvailability } from "../campaigns/signing-availability";
import type { Locale } from "../i18n/locales";
import { CONFIRMATION_TOKEN_TTL_MS, confirmationTokenFor, hashConfirmationToken } from "./confirmation-token";
import { CONFIRMATION_EMAIL_KEY_PREFIX } from "./confirmation-email-key";
import { newReferralCode } from "./referral-code";
import { RESEND_INTERVAL_MS } from "./resend-confirmation";
import type { SignatureInput } from "./signature-input";

/** Bumped whenever the consent sentence changes, so each signature records what was agreed to. */
export const CONSENT_WORDING_VERSION = "updates-v1";

export type SignPetitionResult =
  | {
      ok: true;
      outcome: "created" | "resent" | "unchanged";
      /**
       * The code for this signer's share links: the new signature's when one was created,
       * otherwise an unused one of the same shape, so the answer never tells whether the
       * address had signed (links made with it simply credit nobody).
       */
      referralCode: string;
    }
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
 * Records a pending signature and its confirmation email, in one statement whether or not
 * the address has signed before, so both cases take the same path and about the same time
 * (the response must never tell whether an address has signed). The statement checks the
 * campaign, inserts the signature (ON CONFLICT DO NOTHING on the unique campaign+email
 * index, so racing double submits make one row) and, when nothing was inserted, renews
 * the existing pending signature's link if its last email is older than the re-send
 * interval; then it enqueues the email for whichever row it wrote. All of it commits
 * together or not at all.
 *
 * Under READ COMMITTED, a row that a concurrent request commits after this statement's
 * snapshot stops the insert (ON CONFLICT waits for it) but is invisible to the UPDATE, so
 * the answer is "unchanged": the other request sent the email. Two racing re-sends update
 * the row one after the other, and the second no longer matches the interval condition.
 * The token of a re-sent email is not re-keyed here: the email worker re-keys a pending
 * signature's token hash with the current secret right before sending its confirmation.
 */
export async function signPetition(options: SignPetitionOptions): Promise<SignPetitionResult> {
  const { db, secret, campaignSlug, input, locale, ipHash } = options;
  const now = options.now ?? new Date();
  const signatureId = randomUUID();
  const consentWording = input.consentUpdates ? `${CONSENT_WORDING_VERSION}:${locale}` : null;
  const tokenExpiresAt = new Date(now.getTime() + CONFIRMATION_TOKEN_TTL_MS);
  const resendBefore = new Date(now.getTime() - RESEND_INTERVAL_MS);
  const referralCode = newReferralCode();

  const [row] = await db.$queryRaw<{ campaignTitle: string | null; created: boolean; resent: boolean }[]>`
    WITH campaign AS (
      -- The title in the signer's language when the campaign has it published, for the email.
      SELECT c."id", COALESCE(t."title", c."title") AS "title" FROM "Campaign" c
      LEFT JOIN "CampaignTranslation" t ON t."campaignId" = c."id" AND t."language" = ${locale} AND NOT t."isDraft"
      WHERE c."slug" = ${campaignSlug} AND c."status" = 'PUBLISHED' AND (c."closesAt" IS NULL OR c."closesAt" > ${now})
    ), inserted AS (
      INSERT INTO "Signature" ("id", "campaignId", "email", "name", "country", "postalCode", "locale",
        "consentUpdates", "consentWording", "consentAt", "showPublicly", "confirmationTokenHash",
        "tokenExpiresAt", "confirmationSentAt", "referralCode", "referredBy", "source", "utmSource", "utmMedium", "utmCampaign", "ipHash", "createdAt", "updatedAt")
      SELECT ${signatureId}::uuid, campaign."id", ${input.email}, ${input.name}, ${input.country}, ${input.postalCode},
        ${locale}, ${input.consentUpdates}, ${consentWording}, ${input.consentUpdates ? now : null}::timestamptz,
        ${input.showPublicly}, ${hashConfirmationToken(confirmationTokenFor(secret, signatureId))},
        ${tokenExpiresAt}, ${now}, ${referralCode},
        -- Credited only to another signature of this campaign: an unknown or forged code,
        -- or one from another campaign, credits nobody.
        (SELECT referrer."referralCode" FROM "Signature" referrer
          WHERE referrer."referralCode" = ${input.referredBy ?? null} AND referrer."campaignId" = campaign."id"),
        ${input.source ?? null}, ${input.utmSource ?? null}, ${input.utmMedium ?? null}, ${input.utmCampaign ?? null},
        ${ipHash}, ${now}, ${now}
      FROM campaign
      ON CONFLICT ("campaignId", "email") DO NOTHING
      RETURNING "id", "email", "name", "locale"
    ), resent AS (
      UPDATE "Signature" s SET "confirmationSentAt" = ${now}, "tokenExpiresAt" = ${tokenExpiresAt}, "updatedAt" = ${now}
      FROM campaign
      WHERE s."campaignId" = campaign."id" AND s."email" = ${input.email}
        AND NOT EXISTS (SELECT 1 FROM inserted)
        AND s."status" = 'PENDING'
        AND s."confirmationSentAt" <= ${resendBefore}
      RETURNING s."id", s."email", s."name", s."locale"
    ), touched AS (
      -- An address that signed before and is not due a re-send is written all the same, so
      -- it costs the same commit (and disk flush) as a new one: no timing tells them apart.
      -- Exclusive with "resent" on the statement's snapshot, so a row is written once.
      UPDATE "Signature" s SET "updatedAt" = ${now}
      FROM campaign
      WHERE s."campaignId" = campaign."id" AND s."email" = ${input.email}
        AND NOT EXISTS (SELECT 1 FROM inserted)
        AND NOT (s."status" = 'PENDING' AND s."confirmationSentAt" <= ${resendBefore})
      RETURNING s."id"
    ), emailed AS (
      SELECT * FROM inserted UNION ALL SELECT * FROM resent
    ), outbox AS (
      INSERT INTO "EmailMessage" ("id", "idempotencyKey", "kind", "toAddress", "locale", "payload")
      SELECT ${randomUUID()}::uuid, ${`${CONFIRMATION_EMAIL_KEY_PREFIX}:`} || emailed."id"::text || ${`:${now.getTime()}`},
        'signature-confirmation', emailed."email", emailed."locale",
        jsonb_build_object('kind', 'signature-confirmation', 'signatureId', emailed."id",
          'campaignTitle', campaign."title")
      FROM emailed, campaign
      RETURNING "id"
    )
    SELECT (SELECT "title" FROM campaign) AS "campaignTitle",
      EXISTS (SELECT 1 FROM outbox) AND EXISTS (SELECT 1 FROM inserted) AS "created",
      EXISTS (SELECT 1 FROM outbox) AND EXISTS (SELECT 1 FROM resent) AS "resent"`;

  if (!row?.campaignTitle) return refusal(db, campaignSlug, now);
  return { ok: true, outcome: row.created ? "created" : row.resent ? "resent" : "unchanged", referralCode };
}

async function refusal(db: Db, campaignSlug: string, now: Date): Promise<SignPetitionResult> {
  const campaign = await db.campaign.findUnique({ where: { slug: campaignSlug }, select: { status: true, closesAt: true } });
  const availability = campaign ? signingAvailability(campaign, now) : "NOT_PUBLIC";
  return { ok: false, code: availability === "CLOSED" ? "CAMPAIGN_CLOSED" : "CAMPAIGN_NOT_FOUND" };
}
