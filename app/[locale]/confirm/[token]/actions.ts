"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getServices } from "@/lib/server/services";
import { notifyOutbox } from "@/lib/email/outbox-signal";
import { confirmationChoicesSchema } from "@/lib/signatures/confirmation-choices";
import { confirmFormValuesFrom, type ConfirmFormState } from "@/lib/signatures/confirm-form-state";
import { confirmSignature, type ConfirmSignatureResult } from "@/lib/signatures/confirm-signature";
import { SHARE_REF_COOKIE, shareRefCookieOptions } from "@/lib/referrals/share-ref-cookie";
import { resendConfirmationByToken } from "@/lib/signatures/resend-confirmation";
import { fieldErrorsOf } from "@/lib/signatures/signature-input";
import { logError } from "@/lib/observability/log-error";

export type ResendState = { sent: boolean };

/** The confirm page's form: what this person chose is what is stored (see confirmSignature). */
export async function confirmSignatureAction(token: string, _previous: ConfirmFormState, formData: FormData): Promise<ConfirmFormState> {
  const values = confirmFormValuesFrom(formData);
  // The consent sentence was shown in the page's language.
  const parsed = confirmationChoicesSchema.safeParse({ ...values, locale: await getLocale() });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };

  let result: ConfirmSignatureResult;
  try {
    result = await confirmSignature({ db: getServices().db, token, choices: parsed.data });
  } catch (error) {
    logError("confirm", error);
    return { status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values };
  }
  if (result.ok) {
    await rememberShareCode(result.referralCode);
    redirect(`/c/${result.campaignSlug}?confirmed=1`);
  }
  // Otherwise the page, rendered again, explains what is wrong with the link.
  redirect(`/confirm/${encodeURIComponent(token)}`);
}

/**
 * Hands the signer's referral code to the campaign page's share links (see share-ref-cookie.ts);
 * the JSON API sets the same cookie for the form's fast path (lib/api/confirm-handler.ts).
 */
async function rememberShareCode(referralCode: string): Promise<void> {
  (await cookies()).set(SHARE_REF_COOKIE, referralCode, shareRefCookieOptions(getServices().env.APP_URL));
}

export async function resendConfirmationAction(token: string): Promise<ResendState> {
  if (await resendConfirmationByToken({ db: getServices().db, token })) notifyOutbox();
  // The same answer whether or not an email went out: the page must not reveal more.
  return { sent: true };
}
