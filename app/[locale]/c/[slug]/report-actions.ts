"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { reportFormValuesFrom, type ReportFormState } from "@/lib/moderation/report-form-state";
import { reportCampaign } from "@/lib/moderation/report-campaign";
import { logError } from "@/lib/observability/log-error";
import { hashIp } from "@/lib/security/hash-ip";
import { getReportLimiter } from "@/lib/security/process-report-limiter";
import { getServices } from "@/lib/server/services";
import { CAMPAIGN_FIELD } from "@/lib/forms/campaign-field";

/** The campaign comes in a hidden field, not a bound argument (see signPetitionAction). */
export async function reportCampaignAction(_previous: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const campaignField = formData.get(CAMPAIGN_FIELD);
  const campaignId = typeof campaignField === "string" ? campaignField : "";
  const values = reportFormValuesFrom(formData);
  const failed = (formError: ReportFormState["formError"], fieldErrors: ReportFormState["fieldErrors"] = {}): ReportFormState => ({
    status: "error",
    fieldErrors,
    formError,
    values,
  });
  const { env, db } = getServices();
  try {
    const result = await reportCampaign({
      db,
      campaignId,
      reason: values.reason,
      reporterEmail: values.reporterEmail,
      ipHash: hashIp(env.APP_SECRET, clientIp(await headers())),
      limiter: getReportLimiter(),
    });
    if (result.ok) return { status: "success", fieldErrors: {}, formError: null, values: { reason: "", reporterEmail: "" } };
    switch (result.code) {
      case "VALIDATION_FAILED":
        return failed(null, result.fields);
      case "RATE_LIMITED":
        return failed({ key: "rateLimited", minutes: Math.ceil(result.retryAfterSeconds / 60) });
      case "CAMPAIGN_NOT_FOUND":
        return failed({ key: "notFound" });
    }
  } catch (error) {
    logError("report", error);
    return failed({ key: "unexpected" });
  }
}
