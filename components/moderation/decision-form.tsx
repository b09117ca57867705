"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { REASON_MAX_LENGTH } from "@/lib/moderation/moderation-reason";
import styles from "./decision-form.module.css";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The form's hidden fields (campaignId or reportId, outcome); the first value makes ids unique. */
  hidden: Record<string, string>;
  /** The button's visible text; `subject` (the campaign's title) completes its name for screen readers. */
  submit: string;
  subject: string;
  secondary?: boolean;
  /** A text box for the organizer's reason. */
  reason?: { label: string; hint: string };
  /** A box that makes the reason count ("also unpublish"). */
  checkbox?: { name: string; label: string };
  /** Folds the form behind this summary until it is opened (or has a problem to show). */
  foldedBehind?: string;
  testId: string;
};

/**
 * One moderator decision: a button, optionally with a reason. Success leaves the page (the
 * action redirects with a message); a problem is shown above the form and focused. Several
 * of these share a page, so every id carries the item's id.
 */
export function DecisionForm({ action, hidden, submit, subject, secondary, reason, checkbox, foldedBehind, testId }: Props) {
  const t = useTranslations("forms");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const key = `${testId}-${Object.values(hidden)[0]}`;
  const reasonId = `${key}-reason`;
  const hintId = `${reasonId}-hint`;
  const reasonError = state.fieldErrors.reason;
  // Any other field's problem means the form itself is stale: said once, as a form error.
  const otherError = Object.entries(state.fieldErrors).find(([field]) => field !== "reason")?.[1] ?? null;
  const failed = state.status === "error";

  const form = (
    <form action={formAction} className={styles.form} noValidate data-testid={testId}>
      {failed && (
        <ErrorSummary
          ref={summary}
          testId={`${testId}-errors`}
          formError={state.formError ?? otherError}
          intro={t("errorIntro")}
          problems={reasonError ? [{ field: reasonId, message: reasonError }] : []}
        />
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {checkbox && (
        <div className="check">
          <input
            type="checkbox"
            id={`${key}-${checkbox.name}`}
            name={checkbox.name}
            defaultChecked={state.values[checkbox.name] === "on"}
            key={`${checkbox.name}-${state.values[checkbox.name]}`}
          />
          <label htmlFor={`${key}-${checkbox.name}`}>{checkbox.label}</label>
        </div>
      )}
      {reason && (
        <div className="field">
          <label htmlFor={reasonId}>{reason.label}</label>
          <p className="field__hint" id={hintId}>
            {reason.hint}
          </p>
          <textarea
            id={reasonId}
            name="reason"
            rows={4}
            maxLength={REASON_MAX_LENGTH}
            className={styles.reason}
            aria-invalid={Boolean(reasonError)}
            aria-describedby={reasonError ? `${hintId} ${reasonId}-error` : hintId}
            defaultValue={state.values.reason ?? ""}
            key={state.values.reason}
          />
          {reasonError && (
            <p className="field__error" id={`${reasonId}-error`}>
              {reasonError}
            </p>
          )}
        </div>
      )}
      <button type="submit" className={secondary ? "button button--secondary" : "button"} disabled={pending}>
        {submit}
        <span className="visually-hidden">: {subject}</span>
      </button>
    </form>
  );

  if (!foldedBehind) return form;
  return (
    <details className={styles.fold} open={failed || undefined}>
      <summary className={styles.summary}>
        {foldedBehind}
        <span className="visually-hidden">: {subject}</span>
      </summary>
      {form}
    </details>
  );
}
