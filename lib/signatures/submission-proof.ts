import { createHmac, timingSafeEqual } from "node:crypto";
import { CONFIRMATION_TOKEN_TTL_MS } from "./confirmation-token";
import { signatureInputSchema } from "./signature-input";

/**
 * A browser that signed keeps a short proof of what it submitted, so the confirm page opened
 * in that same browser may pre-tick the choices it made there. Opened anywhere else (the
 * mailbox owner's own browser, when a stranger signed with their address), nothing is
 * pre-ticked. The cookie holds keyed hashes only: no address, name or choice can be read
 * from it, and it is bounded to the last few submissions.
 */
export const SUBMISSION_PROOF_COOKIE = "chorus_signed";
export const SUBMISSION_PROOF_MAX_AGE_SECONDS = Math.round(CONFIRMATION_TOKEN_TTL_MS / 1000);
const KEPT_PROOFS = 5;
const PROOF = /^[A-Za-z0-9_-]{22}$/;

export type SubmittedChoices = {
  campaignSlug: string;
  email: string;
  name: string;
  country: string;
  showPublicly: boolean;
  consentUpdates: boolean;
};

/** A truncated HMAC of everything the proposal consists of: the same only for the same submission. */
export function submissionProofFor(secret: string, choices: SubmittedChoices): string {
  const { campaignSlug, email, name, country, showPublicly, consentUpdates } = choices;
  return createHmac("sha256", secret)
    .update(`choices:${JSON.stringify([campaignSlug, email, name, country, showPublicly, consentUpdates])}`)
    .digest("base64url")
    .slice(0, 22);
}

/**
 * The proof of a sign request's input, normalized as the signature stores it, so it matches
 * the stored proposal exactly when that proposal is this submission. Null when the input is
 * not valid (then nothing was stored either).
 */
export function submissionProofOfInput(secret: string, campaignSlug: string, rawInput: Record<string, unknown>): string | null {
  const parsed = signatureInputSchema.safeParse(rawInput);
  if (!parsed.success) return null;
  const { email, name, country, showPublicly, consentUpdates } = parsed.data;
  return submissionProofFor(secret, { campaignSlug, email, name, country, showPublicly, consentUpdates });
}

/** The cookie's proofs, ignoring anything that is not one. */
export function proofsIn(cookieValue: string | undefined): string[] {
  return (cookieValue ?? "").split(".").filter((proof) => PROOF.test(proof));
}

/** The cookie's new value: this proof first, then the newest others, at most a few in all. */
export function withProof(cookieValue: string | undefined, proof: string): string {
  return [proof, ...proofsIn(cookieValue).filter((other) => other !== proof)].slice(0, KEPT_PROOFS).join(".");
}

export function cookieProves(cookieValue: string | undefined, proof: string): boolean {
  const expected = Buffer.from(proof);
  return proofsIn(cookieValue).some((candidate) => timingSafeEqual(Buffer.from(candidate), expected));
}

/** Cookie attributes: unreadable by scripts, not sent on cross-site requests, HTTPS-only on HTTPS sites. */
export function submissionProofCookieOptions(appUrl: string) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: appUrl.startsWith("https:"),
    path: "/",
    maxAge: SUBMISSION_PROOF_MAX_AGE_SECONDS,
  };
}
