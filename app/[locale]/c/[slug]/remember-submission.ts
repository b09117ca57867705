import "server-only";
import { cookies } from "next/headers";
import type { SignFormValues } from "@/lib/signatures/sign-form-state";
import { signatureInputSchema } from "@/lib/signatures/signature-input";
import {
  SUBMISSION_PROOF_COOKIE,
  submissionProofCookieOptions,
  submissionProofFor,
  withProof,
} from "@/lib/signatures/submission-proof";

/**
 * Lets the confirm page, opened in this browser, pre-tick the choices made here (see
 * submission-proof.ts). The values are normalized as the signature stores them, so the proof
 * matches the stored proposal exactly when that proposal is this submission.
 */
export async function rememberSubmission(options: { secret: string; appUrl: string; campaignSlug: string; values: SignFormValues }) {
  const parsed = signatureInputSchema.safeParse(options.values);
  if (!parsed.success) return;
  const { email, name, country, showPublicly, consentUpdates } = parsed.data;
  const proof = submissionProofFor(options.secret, { campaignSlug: options.campaignSlug, email, name, country, showPublicly, consentUpdates });
  const jar = await cookies();
  jar.set(SUBMISSION_PROOF_COOKIE, withProof(jar.get(SUBMISSION_PROOF_COOKIE)?.value, proof), submissionProofCookieOptions(options.appUrl));
}
