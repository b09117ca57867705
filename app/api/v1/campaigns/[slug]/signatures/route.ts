import { apiError } from "@/lib/http/api-error";
import { clientIp } from "@/lib/http/client-ip";
import { readJsonBody } from "@/lib/http/read-json-body";
import { resolveLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { getServices } from "@/lib/server/services";
import { submitSignature } from "@/lib/signatures/submit-signature";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { env, db, signLimiter } = getServices();
  const locale = resolveLocale(undefined, request.headers.get("accept-language"));
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;

  try {
    const result = await submitSignature({
      db,
      limiter: signLimiter,
      secret: env.APP_SECRET,
      campaignSlug: (await params).slug,
      rawInput: body.body,
      locale,
      ip: clientIp(request.headers, env.TRUST_PROXY),
    });
    if (result.ok) {
      return Response.json({ status: "pending_confirmation" }, { status: 202, headers: { "Cache-Control": "no-store" } });
    }
    switch (result.code) {
      case "VALIDATION_FAILED": {
        const t = translatorFor(locale, "validation");
        const fields = Object.fromEntries(Object.entries(result.fields).map(([field, key]) => [field, t(key)]));
        return apiError(422, "VALIDATION_FAILED", "Some fields are not valid.", { fields });
      }
      case "RATE_LIMITED":
        return apiError(429, "RATE_LIMITED", "Too many attempts; try again later.", {
          headers: { "Retry-After": String(result.retryAfterSeconds) },
        });
      case "CAMPAIGN_NOT_FOUND":
        return apiError(404, "CAMPAIGN_NOT_FOUND", "No campaign with this slug is open for signatures.");
      case "CAMPAIGN_CLOSED":
        return apiError(409, "CAMPAIGN_CLOSED", "This campaign is closed and no longer accepts signatures.");
    }
  } catch (error) {
    console.error("[api] sign failed:", error);
    return apiError(500, "INTERNAL_ERROR", "Something went wrong; the signature was not saved. Try again.");
  }
}
