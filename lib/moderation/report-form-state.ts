import type { ReportFieldErrors } from "./report-input";

export type ReportFormValues = { reason: string; reporterEmail: string };

/** What the report form's server action returns to useActionState. */
export type ReportFormState = {
  status: "idle" | "error" | "success";
  fieldErrors: ReportFieldErrors;
  formError: null | { key: "rateLimited" | "notFound" | "unexpected"; minutes?: number };
  /** What was typed, shown again after a failed submit. */
  values: ReportFormValues;
};

export const initialReportFormState: ReportFormState = {
  status: "idle",
  fieldErrors: {},
  formError: null,
  values: { reason: "", reporterEmail: "" },
};

export function reportFormValuesFrom(formData: FormData): ReportFormValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return { reason: text("reason"), reporterEmail: text("reporterEmail") };
}
