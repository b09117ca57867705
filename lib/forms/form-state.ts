/**
 * What every organizer, moderator and admin form gets back from its action (through
 * useActionState): messages already translated, and what the person typed, so a form
 * re-shows it after an error, with or without JavaScript.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
  message: string | null;
};

export const initialFormState: FormState = { status: "idle", fieldErrors: {}, formError: null, values: {}, message: null };

/** The text fields of a submitted form (files and Next.js's own fields left out). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}
