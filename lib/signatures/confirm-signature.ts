import { randomInt } from "node:crypto";
import type { Db } from "../db";
import { countAnnouncerFor } from "../live/count-announcer";
import { hashConfirmationToken, looksLikeConfirmationToken } from "./confirmation-token";
import { PRIVATE_CHOICES, type ConfirmationChoices } from "./confirmation-choices";
import { findConfirmation } from "./find-confirmation";
import { CONSENT_WORDING_VERSION } from "./sign-petition";
import { COUNTER_SHARDS } from "./signature-count";

export type ConfirmSignatureResult =
  /** The referral code is the signer's own, for the share links the campaign page offers next. */
  | { ok: true; campaignSlug: string; alreadyConfirmed: boolean; referralCode: string }
  | { ok: false; code: "TOKEN_INVALID" | "TOKEN_EXPIRED" | "CAMPAIGN_CLOSED"; campaignSlug?: string };

/**
 * Confirms a pending signature and counts it on a random counter shard in one statement
 * (so one transaction and one round trip: this is the path a viral campaign hammers),
 * then announces the change to every process. The UPDATE re-checks PENDING under its row
 * lock, so a confirm repeated or raced counts once. Failures are explained by a second,
 * read-only look.
 *
 * The same statement stores the confirming person's choices, and only theirs: what was
 * ticked when signing may have been ticked by anyone who typed this address, so it is
 * overwritten (no choices given means private and no consent). Name and country left out
 * keep the submitted ones. Consent records the wording version and the language it was
 * shown in (the signature's language when none is given).
 */
export async function confirmSignature(options: {
  db: Db;
  token: string;
  /** Already validated (confirmationChoicesSchema). */
  choices?: ConfirmationChoices;
  now?: Date;
}): Promise<ConfirmSignatureResult> {
  const { db, token } = options;
  const now = options.now ?? new Date();
  const choices = options.choices ?? PRIVATE_CHOICES;
  if (!looksLikeConfirmationToken(token)) return { ok: false, code: "TOKEN_INVALID" };
  const consent = choices.consentUpdates;

  const confirmed = await db.$queryRaw<{ slug: string; campaignId: string; referralCode: string }[]>`
    WITH target AS (
      SELECT s."id", c."slug"
      FROM "Signature" s JOIN "Campaign" c ON c."id" = s."campaignId"
      WHERE s."confirmationTokenHash" = ${hashConfirmationToken(token)}
        AND s."status" = 'PENDING' AND s."tokenExpiresAt" > ${now}
        AND c."status" = 'PUBLISHED'
        -- Signed before the deadline counts, even when the link is clicked after it.
        AND (c."closesAt" IS NULL OR c."closesAt" > ${now} OR s."createdAt" < c."closesAt")
    ), confirmed AS (
      UPDATE "Signature" s SET "status" = 'CONFIRMED', "confirmedAt" = ${now}, "updatedAt" = ${now},
        "name" = COALESCE(${choices.name ?? null}::text, s."name"),
        "country" = COALESCE(${choices.country ?? null}::text, s."country"),
        "showPublicly" = ${choices.showPublicly}::boolean,
        "consentUpdates" = ${consent}::boolean,
        -- NULL when not consenting: NULL || anything is NULL.
        "consentWording" = ${consent ? `${CONSENT_WORDING_VERSION}:` : null}::text || COALESCE(${choices.locale ?? null}::text, s."locale"),
        "consentAt" = ${consent ? now : null}::timestamptz
      FROM target WHERE s."id" = target."id" AND s."status" = 'PENDING'
      RETURNING s."campaignId", target."slug", s."referralCode"
    ), counted AS (
      INSERT INTO "CampaignCounterShard" ("campaignId", "shard", "count")
      SELECT "campaignId", ${randomInt(COUNTER_SHARDS)}, 1 FROM confirmed
      ON CONFLICT ("campaignId", "shard") DO UPDATE SET "count" = "CampaignCounterShard"."count" + 1
      RETURNING "campaignId"
    )
    SELECT confirmed."slug", counted."campaignId"::text AS "campaignId", confirmed."referralCode"
    FROM counted JOIN confirmed ON confirmed."campaignId" = counted."campaignId"`;
  if (confirmed[0]) {
    countAnnouncerFor(db).announce(confirmed[0].campaignId);
    return { ok: true, campaignSlug: confirmed[0].slug, alreadyConfirmed: false, referralCode: confirmed[0].referralCode };
  }

  const { state, campaign, referralCode } = await findConfirmation({ db, token, now });
  switch (state) {
    case "CONFIRMED":
      return { ok: true, campaignSlug: campaign!.slug, alreadyConfirmed: true, referralCode: referralCode! };
    case "EXPIRED":
      return { ok: false, code: "TOKEN_EXPIRED", campaignSlug: campaign!.slug };
    case "CLOSED":
      return { ok: false, code: "CAMPAIGN_CLOSED", campaignSlug: campaign!.slug };
    default:
      // PENDING here means a race we lost to nobody; INVALID means no such link.
      return { ok: false, code: "TOKEN_INVALID" };
  }
}
