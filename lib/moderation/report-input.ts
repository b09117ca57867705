import { z } from "zod";
import { normalizeEmail } from "../signatures/signature-input";
import { containsForbiddenCharacters } from "../text/forbidden-characters";

/** Shared by the server's validation and the form's `minLength`/`maxLength`. */
export const REPORT_LIMITS = { reasonMin: 10, reasonMax: 2000, email: 254 } as const;

/** Keys of the `report` message namespace, so every surface words a problem the same way. */
export type ReportMessageKey =
  | "reasonRequired"
  | "reasonTooShort"
  | "reasonTooLong"
  | "reasonInvalidCharacters"
  | "emailInvalid"
  | "emailTooLong";

const REPORT_MESSAGE_KEYS: readonly string[] = [
  "reasonRequired",
  "reasonTooShort",
  "reasonTooLong",
  "reasonInvalidCharacters",
  "emailInvalid",
  "emailTooLong",
] satisfies ReportMessageKey[];

const message = (key: ReportMessageKey) => ({ error: () => key });

export const reportInputSchema = z.object({
  // Line breaks and tabs belong in a written reason; every other control or invisible
  // character is refused, as in the sign form (see forbidden-characters.ts).
  reason: z
    .string(message("reasonRequired"))
    .trim()
    .transform((value) => value.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .min(1, message("reasonRequired"))
        .min(REPORT_LIMITS.reasonMin, message("reasonTooShort"))
        .max(REPORT_LIMITS.reasonMax, message("reasonTooLong"))
        .refine((value) => !containsForbiddenCharacters(value.replace(/[\n\t]/g, " ")), message("reasonInvalidCharacters")),
    ),
  /** Optional: empty or missing is no address. */
  reporterEmail: z
    .string(message("emailInvalid"))
    .trim()
    .nullish()
    .transform((value, context) => {
      if (!value) return null;
      if (value.length > REPORT_LIMITS.email) {
        context.addIssue({ code: "custom", message: "emailTooLong" });
        return z.NEVER;
      }
      if (!z.email().safeParse(value).success) {
        context.addIssue({ code: "custom", message: "emailInvalid" });
        return z.NEVER;
      }
      return normalizeEmail(value);
    }),
});

export type ReportInput = z.infer<typeof reportInputSchema>;
export type ReportFieldErrors = Partial<Record<keyof ReportInput, ReportMessageKey>>;

/** The first problem of each field, as message keys. */
export function reportFieldErrorsOf(error: z.ZodError): ReportFieldErrors {
  const fields: ReportFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof ReportInput | undefined;
    if ((field !== "reason" && field !== "reporterEmail") || field in fields) continue;
    fields[field] = REPORT_MESSAGE_KEYS.includes(issue.message)
      ? (issue.message as ReportMessageKey)
      : field === "reason"
        ? "reasonRequired"
        : "emailInvalid";
  }
  return fields;
}
