import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER } from "../http/client-ip";
import { resolveLocale } from "../i18n/locales";
import { submitSignature } from "../signatures/submit-signature";
import type { ApiContext } from "./api-context";
import { readJsonObject, sendError, sendJson, sendValidationFailed } from "./node-http";

/** POST /api/v1/campaigns/{slug}/signatures */
export async function handleSign(context: ApiContext, req: IncomingMessage, res: ServerResponse, slug: string) {
  const body = await readJsonObject(req, res);
  if (!body) return;
  const locale = resolveLocale(undefined, req.headers["accept-language"]);
  const result = await submitSignature({
    db: context.db,
    limiter: context.signLimiter,
    secret: context.secret,
    campaignSlug: slug,
    rawInput: body,
    locale,
    ip: (req.headers[CLIENT_IP_HEADER] as string | undefined) ?? null,
  });
  // The referral code for share links; the same shape whether or not the address had signed.
  if (result.ok) return sendJson(res, 202, { status: "pending_confirmation", referralCode: result.referralCode });
  switch (result.code) {
    case "VALIDATION_FAILED":
      return sendValidationFailed(res, result.fields, locale);
    case "RATE_LIMITED":
      return sendError(res, 429, "RATE_LIMITED", "Too many attempts; try again later.", {
        headers: { "Retry-After": String(result.retryAfterSeconds) },
      });
    case "CAMPAIGN_NOT_FOUND":
      return sendError(res, 404, "CAMPAIGN_NOT_FOUND", "No campaign with this slug is open for signatures.");
    case "CAMPAIGN_CLOSED":
      return sendError(res, 409, "CAMPAIGN_CLOSED", "This campaign is closed and no longer accepts signatures.");
  }
}
