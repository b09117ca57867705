import type { Db } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import type { Locale } from "../i18n/locales";
import { confirmationEmailKey } from "./confirmation-email-key";
import { CONFIRMATION_TOKEN_TTL_MS, hashConfirmationToken, looksLikeConfirmationToken } from "./confirmation-token";

/** A signer asking again gets a new email, but not more often than this. */
export const RESEND_INTERVAL_MS = 10 * 60 * 1000;

/**
 * For the "link expired" page: re-sends the confirmation of the pending signature the token
 * names (same link, renewed expiry) when the last one went out more than 10 minutes ago.
 * The conditional update makes two racing requests send one email. The link is re-keyed
 * with the current secret by the email worker as it sends. Returns whether an email was
 * enqueued. (Signing again re-sends through signPetition's own statement.)
 */
export async function resendConfirmationByToken(options: { db: Db; token: string; now?: Date }): Promise<boolean> {
  const { db, token } = options;
  const now = options.now ?? new Date();
  if (!looksLikeConfirmationToken(token)) return false;
  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findUnique({
      where: { confirmationTokenHash: hashConfirmationToken(token) },
      select: { id: true, email: true, locale: true, status: true, campaign: { select: { title: true, translations: { where: { isDraft: false }, select: { language: true, title: true } } } } },
    });
    if (!signature || signature.status !== "PENDING") return false;
    const claimed = await tx.signature.updateMany({
      where: {
        id: signature.id,
        status: "PENDING",
        confirmationSentAt: { lte: new Date(now.getTime() - RESEND_INTERVAL_MS) },
      },
      data: { confirmationSentAt: now, tokenExpiresAt: new Date(now.getTime() + CONFIRMATION_TOKEN_TTL_MS) },
    });
    if (claimed.count === 0) return false;
    await enqueueEmail({
      tx,
      idempotencyKey: confirmationEmailKey(signature.id, now),
      to: signature.email,
      locale: signature.locale as Locale,
      payload: {
        kind: "signature-confirmation",
        signatureId: signature.id,
        // In the signer's language when the campaign has it, like the first email.
        campaignTitle:
          signature.campaign.translations.find((translation) => translation.language === signature.locale)?.title ??
          signature.campaign.title,
      },
    });
    return true;
  });
}
