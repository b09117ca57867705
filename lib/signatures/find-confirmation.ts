import type { Db } from "../db";
import { confirmationAvailability } from "../campaigns/signing-availability";
import { hashConfirmationToken, looksLikeConfirmationToken } from "./confirmation-token";

export type ConfirmationState = "PENDING" | "CONFIRMED" | "EXPIRED" | "CLOSED" | "INVALID";

/** What was submitted when signing: a proposal that only the confirming person can accept. */
export type SignatureProposal = {
  email: string;
  name: string;
  country: string;
  showPublicly: boolean;
  consentUpdates: boolean;
};

export type ConfirmationLookup = {
  state: ConfirmationState;
  campaign?: { slug: string; title: string; target: string; language: string; translations: { language: string; title: string }[] };
  /** Only while PENDING, for the confirm page's form. */
  proposal?: SignatureProposal;
  /** Only once CONFIRMED: the code of the signer's share links, to tell them what it brought. */
  referralCode?: string;
};

/** What the confirmation page shows for a token; reads only, a GET never confirms. */
export async function findConfirmation(options: { db: Db; token: string; now?: Date }): Promise<ConfirmationLookup> {
  const { db, token } = options;
  const now = options.now ?? new Date();
  if (!looksLikeConfirmationToken(token)) return { state: "INVALID" };
  const signature = await db.signature.findUnique({
    where: { confirmationTokenHash: hashConfirmationToken(token) },
    select: {
      status: true,
      createdAt: true,
      tokenExpiresAt: true,
      email: true,
      name: true,
      country: true,
      showPublicly: true,
      consentUpdates: true,
      referralCode: true,
      campaign: {
        select: {
          slug: true,
          title: true,
          target: true,
          status: true,
          closesAt: true,
          language: true,
          translations: { where: { isDraft: false }, select: { language: true, title: true } },
        },
      },
    },
  });
  if (!signature) return { state: "INVALID" };
  const { slug, title, target, language, translations } = signature.campaign;
  const campaign = { slug, title, target, language, translations };
  if (signature.status === "CONFIRMED") return { state: "CONFIRMED", campaign, referralCode: signature.referralCode };
  if (signature.status !== "PENDING") return { state: "INVALID" };
  if (confirmationAvailability(signature.campaign, signature.createdAt, now) !== "OPEN") return { state: "CLOSED", campaign };
  if (signature.tokenExpiresAt.getTime() <= now.getTime()) return { state: "EXPIRED", campaign };
  const { email, name, country, showPublicly, consentUpdates } = signature;
  return { state: "PENDING", campaign, proposal: { email, name, country, showPublicly, consentUpdates } };
}
