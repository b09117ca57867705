"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { clientIp } from "@/lib/http/client-ip";
import type { Locale } from "@/lib/i18n/locales";
import { getServices } from "@/lib/server/services";
import { attributionFrom, signFormValuesFrom, type SignFormState } from "@/lib/signatures/sign-form-state";
import { submitSignature } from "@/lib/signatures/submit-signature";
import { logError } from "@/lib/observability/log-error";
import { rememberSubmission } from "./remember-submission";
import { CAMPAIGN_FIELD } from "@/lib/forms/campaign-field";

/**
 * The campaign comes in a hidden field rather than as a bound argument: a bound argument is
 * encrypted asynchronously while the page renders, which delayed the form (or the islands
 * around it) past the page's first bytes, where a browser without JavaScript never sees it.
 */
export async function signPetitionAction(_previous: SignFormState, formData: FormData): Promise<SignFormState> {
  return signFromForm(campaignSlugFrom(formData), formData, { rememberInThisBrowser: true });
}

/**
 * The embeddable widget's form (/embed/<slug>): the same rules and confirmation email, marked
 * as signed through the widget. It keeps no proof cookie: a frame can be overlaid by the site
 * around it, so what was ticked there proves nothing (the widget's form has no boxes), and in
 * a frame on another site the browser would refuse the cookie anyway.
 */
export async function signPetitionFromEmbedAction(_previous: SignFormState, formData: FormData): Promise<SignFormState> {
  return signFromForm(campaignSlugFrom(formData), formData, { rememberInThisBrowser: false, source: "embed" });
}

/** An unknown or malformed value finds no campaign and gets the form's "not found" message. */
function campaignSlugFrom(formData: FormData): string {
  const value = formData.get(CAMPAIGN_FIELD);
  return typeof value === "string" ? value.slice(0, 200) : "";
}

type SignFromFormOptions = { rememberInThisBrowser: boolean; source?: string };

async function signFromForm(slug: string, formData: FormData, options: SignFromFormOptions): Promise<SignFormState> {
  const values = signFormValuesFrom(formData);
  const failed = (formError: SignFormState["formError"], fieldErrors: SignFormState["fieldErrors"] = {}): SignFormState => ({
    status: "error",
    fieldErrors,
    formError,
    values,
  });
  const { env, db, signLimiter } = getServices();
  try {
    const result = await submitSignature({
      db,
      limiter: signLimiter,
      secret: env.APP_SECRET,
      campaignSlug: slug,
      rawInput: {
        ...values,
        hp: formData.get("hp"),
        ...attributionFrom(formData),
        // The widget's own mark wins over a share button's: it is where the signature was made.
        ...(options.source ? { source: options.source } : {}),
      },
      locale: (await getLocale()) as Locale,
      ip: clientIp(await headers()),
    });
    if (result.ok) {
      if (options.rememberInThisBrowser) await rememberSubmission({ secret: env.APP_SECRET, appUrl: env.APP_URL, campaignSlug: slug, values });
      return { status: "success", fieldErrors: {}, formError: null, values, sentTo: result.email, referralCode: result.referralCode };
    }
    switch (result.code) {
      case "VALIDATION_FAILED":
        return failed(null, result.fields);
      case "RATE_LIMITED":
        return failed({ key: "rateLimited", seconds: result.retryAfterSeconds });
      case "CAMPAIGN_CLOSED":
        return failed({ key: "closed" });
      case "CAMPAIGN_NOT_FOUND":
        return failed({ key: "notFound" });
    }
  } catch (error) {
    logError("sign", error);
    return failed({ key: "unexpected" });
  }
}
