import type { Db, DbTx } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import type { Locale } from "../i18n/locales";
import {
  CONFIRMATION_TOKEN_TTL_MS,
  confirmationTokenFor,
  hashConfirmationToken,
  looksLikeConfirmationToken,
} from "./confirmation-token";

/** A signer asking again gets a new email, but not more often than this. */
export const RESEND_INTERVAL_MS = 10 * 60 * 1000;

type PendingSignature = { id: string; name: string; email: string; locale: string };

/**
 * Re-sends the confirmation of a pending signature (same link, renewed expiry) when the
 * last one went out more than 10 minutes ago. The conditional update makes two racing
 * requests send one email. Returns whether an email was enqueued.
 */
export async function resendConfirmationIfDue(
  tx: DbTx,
  signature: PendingSignature,
  campaignTitle: string,
  now: Date,
  secret: string,
): Promise<boolean> {
  const claimed = await tx.signature.updateMany({
    where: {
      id: signature.id,
      status: "PENDING",
      confirmationSentAt: { lte: new Date(now.getTime() - RESEND_INTERVAL_MS) },
    },
    data: {
      confirmationSentAt: now,
      tokenExpiresAt: new Date(now.getTime() + CONFIRMATION_TOKEN_TTL_MS),
      // The email is built with the current secret; after a rotation, this keeps its link valid.
      confirmationTokenHash: hashConfirmationToken(confirmationTokenFor(secret, signature.id)),
    },
  });
  if (claimed.count === 0) return false;
  await enqueueEmail({
    tx,
    idempotencyKey: `signature-confirmation:${signature.id}:${now.getTime()}`,
    to: signature.email,
    locale: signature.locale as Locale,
    payload: { kind: "signature-confirmation", signatureId: signature.id, signerName: signature.name, campaignTitle },
  });
  return true;
}

/** For the "link expired" page: the token names the signature whose email to re-send. */
export async function resendConfirmationByToken(options: {
  db: Db;
  token: string;
  secret: string;
  now?: Date;
}): Promise<boolean> {
  const { db, token, secret } = options;
  const now = options.now ?? new Date();
  if (!looksLikeConfirmationToken(token)) return false;
  return db.$transaction(async (tx) => {
    const signature = await tx.signature.findUnique({
      where: { confirmationTokenHash: hashConfirmationToken(token) },
      select: { id: true, name: true, email: true, locale: true, status: true, campaign: { select: { title: true } } },
    });
    if (!signature || signature.status !== "PENDING") return false;
    return resendConfirmationIfDue(tx, signature, signature.campaign.title, now, secret);
  });
}
