import "server-only";
import { cookies } from "next/headers";
import type { SignFormValues } from "@/lib/signatures/sign-form-state";
import {
  SUBMISSION_PROOF_COOKIE,
  submissionProofCookieOptions,
  submissionProofOfInput,
  withProof,
} from "@/lib/signatures/submission-proof";

/**
 * Lets the confirm page, opened in this browser, pre-tick the choices made here (see
 * submission-proof.ts). The JSON API sets the same cookie for the form's fast path
 * (lib/api/sign-handler.ts).
 */
export async function rememberSubmission(options: { secret: string; appUrl: string; campaignSlug: string; values: SignFormValues }) {
  const proof = submissionProofOfInput(options.secret, options.campaignSlug, options.values);
  if (!proof) return;
  const jar = await cookies();
  jar.set(SUBMISSION_PROOF_COOKIE, withProof(jar.get(SUBMISSION_PROOF_COOKIE)?.value, proof), submissionProofCookieOptions(options.appUrl));
}
