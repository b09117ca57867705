"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { initialReportFormState, type ReportFormState } from "@/lib/moderation/report-form-state";
import { REPORT_LIMITS } from "@/lib/moderation/report-input";
import styles from "./report-form.module.css";
import { CAMPAIGN_FIELD } from "@/lib/forms/campaign-field";

type Props = {
  action: (state: ReportFormState, formData: FormData) => Promise<ReportFormState>;
  /** Sent in a hidden field (see reportCampaignAction). */
  campaignId: string;
};

const FIELD_ORDER = ["reason", "reporterEmail"] as const;

/** "Report this campaign": a closed disclosure until someone opens it or has sent it. */
export function ReportForm({ action, campaignId }: Props) {
  const t = useTranslations("report");
  const [state, formAction, pending] = useActionState(action, initialReportFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
    if (state.status === "success") successRef.current?.focus();
  }, [state]);

  const fieldMessage = (field: (typeof FIELD_ORDER)[number]) => {
    const key = state.fieldErrors[field];
    return key ? t(key) : undefined;
  };
  const formError = state.formError
    ? state.formError.key === "rateLimited"
      ? t("rateLimited", { minutes: state.formError.minutes ?? 60 })
      : t(state.formError.key)
    : null;

  return (
    // Open after a submit, so the answer shows (also when the page came back from a form post without JavaScript).
    <details className={styles.report} open={state.status !== "idle" || undefined} data-testid="report-campaign">
      <summary className={styles.summary}>{t("summary")}</summary>
      <div className={styles.body}>
        {state.status === "success" ? (
          <div className="alert alert--ok" role="status" tabIndex={-1} ref={successRef} data-testid="report-success">
            <h3>{t("successTitle")}</h3>
            <p>{t("successBody")}</p>
          </div>
        ) : (
          <form action={formAction} className="form" noValidate aria-label={t("summary")}>
            <input type="hidden" name={CAMPAIGN_FIELD} value={campaignId} />
            <p className={styles.intro}>{t("intro")}</p>
            {state.status === "error" && (
              <ErrorSummary
                ref={summaryRef}
                testId="report-errors"
                formError={formError}
                intro={t("errorSummary")}
                problems={FIELD_ORDER.filter((field) => state.fieldErrors[field]).map((field) => ({ field, message: fieldMessage(field)! }))}
              />
            )}
            <FormField name="reason" label={t("reason")} hint={t("reasonHint")} error={fieldMessage("reason")}>
              {(control) => (
                <textarea
                  {...control}
                  className={styles.reason}
                  required
                  minLength={REPORT_LIMITS.reasonMin}
                  maxLength={REPORT_LIMITS.reasonMax}
                  rows={5}
                  defaultValue={state.values.reason}
                />
              )}
            </FormField>
            <FormField name="reporterEmail" label={t("email")} hint={t("emailHint")} error={fieldMessage("reporterEmail")}>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  autoComplete="email"
                  inputMode="email"
                  maxLength={REPORT_LIMITS.email}
                  defaultValue={state.values.reporterEmail}
                />
              )}
            </FormField>
            <button type="submit" className={`button button--secondary ${styles.submit}`} disabled={pending} aria-disabled={pending}>
              {pending ? t("submitting") : t("submit")}
            </button>
          </form>
        )}
      </div>
    </details>
  );
}
