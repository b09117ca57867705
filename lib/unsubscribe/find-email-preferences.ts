import type { Db } from "../db";
import type { SuppressionReason } from "../generated/prisma/enums";
import { suppressionOf } from "./is-suppressed";
import { maskEmail } from "./mask-email";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type EmailPreferences = {
  signatureId: string;
  campaign: { slug: string; title: string; titleLanguage: string };
  /** "m•••@example.org": the only trace of the person the page shows. */
  maskedEmail: string;
  status: "PENDING" | "CONFIRMED" | "INVALIDATED" | "WITHDRAWN";
  consented: boolean;
  unsubscribed: boolean;
  suppression: SuppressionReason | null;
};

/**
 * What the unsubscribe page shows for a link: null when the token is malformed, forged or
 * altered, or its signature is gone. Reads only. The campaign's title comes in the
 * reader's language when a translation there is published.
 */
export async function findEmailPreferences(db: Db, options: { secret: string; token: string; language: string }): Promise<EmailPreferences | null> {
  const signatureId = verifyUnsubscribeToken(options.secret, options.token);
  if (!signatureId) return null;
  const signature = await db.signature.findUnique({
    where: { id: signatureId },
    select: {
      email: true,
      status: true,
      consentUpdates: true,
      unsubscribedAt: true,
      campaign: {
        select: {
          slug: true,
          title: true,
          language: true,
          translations: { where: { language: options.language, isDraft: false }, select: { title: true, language: true } },
        },
      },
    },
  });
  if (!signature) return null;
  const translated = signature.campaign.language === options.language ? undefined : signature.campaign.translations[0];
  return {
    signatureId,
    campaign: {
      slug: signature.campaign.slug,
      title: translated?.title ?? signature.campaign.title,
      titleLanguage: translated?.language ?? signature.campaign.language,
    },
    maskedEmail: maskEmail(signature.email),
    status: signature.status,
    consented: signature.consentUpdates,
    unsubscribed: signature.unsubscribedAt !== null,
    suppression: await suppressionOf(db, options.secret, signature.email),
  };
}
