"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";

type Props = {
  state: FormState;
  testId: string;
  /** The form's fields in order, so the summary lists problems as they appear on the page. */
  fieldOrder?: readonly string[];
};

/**
 * Above a protected form: the problems after a failed submit (focused, so a screen reader
 * reads them) or the success message (announced politely).
 */
export function FormStatus({ state, testId, fieldOrder = [] }: Props) {
  const t = useTranslations("forms");
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  if (state.status === "success" && state.message) {
    return (
      <p className="alert alert--ok" role="status" data-testid={`${testId}-success`}>
        {state.message}
      </p>
    );
  }
  if (state.status !== "error") return null;
  const fields = Object.keys(state.fieldErrors).sort(
    (a, b) => (fieldOrder.indexOf(a) + 1 || Infinity) - (fieldOrder.indexOf(b) + 1 || Infinity),
  );
  return (
    <ErrorSummary
      ref={summary}
      testId={testId}
      formError={state.formError}
      intro={t("errorIntro")}
      problems={fields.map((field) => ({ field, message: state.fieldErrors[field]! }))}
    />
  );
}
