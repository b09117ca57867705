import type { IncomingMessage, ServerResponse } from "node:http";
import { setCookieHeader } from "../http/response-cookie";
import { isSameOriginRequest } from "../http/same-origin-request";
import { resolveLocale } from "../i18n/locales";
import { SHARE_REF_COOKIE, shareRefCookieOptions } from "../referrals/share-ref-cookie";
import { confirmationChoicesSchema } from "../signatures/confirmation-choices";
import { confirmSignature } from "../signatures/confirm-signature";
import { fieldErrorsOf } from "../signatures/signature-input";
import type { ApiContext } from "./api-context";
import { readJsonObject, sendError, sendJson, sendValidationFailed } from "./node-http";

/**
 * POST /api/v1/confirmations with `{ token, name?, country?, showPublicly?, consentUpdates?, locale?, rememberInThisBrowser? }`:
 * what the confirm page's form does, for apps and for that form itself when JavaScript runs.
 * The choices are the confirming person's own; left out, they mean private and no consent
 * (name and country left out keep the submitted ones).
 */
export async function handleConfirm(context: ApiContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readJsonObject(req, res);
  if (!body) return;
  const acceptLanguage = req.headers["accept-language"];
  if (typeof body.token !== "string" || body.token.length > 200) {
    return sendError(res, 422, "VALIDATION_FAILED", "Send the token from the confirmation link.", {
      fields: { token: "Send the token from the confirmation link." },
      fieldCodes: { token: "invalid" },
    });
  }
  const parsed = confirmationChoicesSchema.safeParse(body);
  if (!parsed.success) return sendValidationFailed(res, fieldErrorsOf(parsed.error), resolveLocale(undefined, acceptLanguage));
  // The consent wording was shown in the language the app names, or else the one it asks in.
  const locale = parsed.data.locale ?? (acceptLanguage ? resolveLocale(undefined, acceptLanguage) : undefined);
  const result = await confirmSignature({ db: context.db, token: body.token, choices: { ...parsed.data, locale } });
  if (result.ok) {
    // The confirm page's form asks for the cookie its server action sets: the campaign page it
    // goes to next offers share links with the signer's own code (see share-ref-cookie.ts).
    // Only for the site's own pages, like the sign form's proof cookie.
    const remember = body.rememberInThisBrowser === true && isSameOriginRequest(req.headers, context.appUrl);
    return sendJson(
      res,
      200,
      { status: result.alreadyConfirmed ? "already_confirmed" : "confirmed", campaign: result.campaignSlug },
      remember ? { "Set-Cookie": setCookieHeader(SHARE_REF_COOKIE, result.referralCode, shareRefCookieOptions(context.appUrl)) } : {},
    );
  }
  switch (result.code) {
    case "TOKEN_INVALID":
      return sendError(res, 404, "TOKEN_INVALID", "This confirmation link is not valid.");
    case "TOKEN_EXPIRED":
      return sendError(res, 410, "TOKEN_EXPIRED", "This confirmation link has expired; sign again to get a new one.");
    case "CAMPAIGN_CLOSED":
      return sendError(res, 409, "CAMPAIGN_CLOSED", "The campaign closed before this signature was confirmed.");
  }
}
