"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import type { ConfirmFormState, ConfirmFormValues } from "@/lib/signatures/confirm-form-state";
import { SIGNATURE_LIMITS } from "@/lib/signatures/signature-limits";
import { sendConfirmForm } from "@/lib/forms/confirm-request";
import { USE_SERVER_ACTION } from "@/lib/forms/api-answer";
import { useFastSubmit, type Navigation } from "@/lib/forms/use-fast-submit";

type Props = {
  /** Without JavaScript (and before hydration) the form posts this; with it, the JSON API. */
  action: (state: ConfirmFormState, formData: FormData) => Promise<ConfirmFormState>;
  /** The link's token (it is in the page's address), for the JSON API. */
  token: string;
  countries: { code: string; name: string }[];
  /** The submitted name and country; the choices only when this browser made them. */
  initialValues: ConfirmFormValues;
};

const FIELD_ORDER = ["name", "country", "consentUpdates", "showPublicly"] as const;

/**
 * What will be stored with the signature, for the mailbox owner to correct and decide.
 * Posts with or without JavaScript; on a problem it shows again what the person chose.
 */
export function ConfirmForm({ action, token, countries, initialValues }: Props) {
  const t = useTranslations("confirm");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const [actionState, formAction, actionPending] = useActionState(action, {
    status: "idle",
    fieldErrors: {},
    formError: null,
    values: initialValues,
  } satisfies ConfirmFormState);
  const fast = useFastSubmit<ConfirmFormState>();
  const state = fast.state ?? actionState;
  const pending = actionPending || fast.pending;

  // What the server action's redirects do: on to the campaign page, or this page rendered again.
  async function confirmFast(formData: FormData): Promise<ConfirmFormState | Navigation | typeof USE_SERVER_ACTION> {
    const outcome = await sendConfirmForm({ token, formData, locale });
    if (outcome === USE_SERVER_ACTION) return outcome;
    if (outcome.kind === "show") return outcome.state;
    if (outcome.kind === "redirect") return { navigate: () => router.push(outcome.to), staysHere: false };
    return { navigate: () => router.refresh(), staysHere: true };
  }
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);

  const errorFields = FIELD_ORDER.filter((field) => state.fieldErrors[field]);
  const fieldMessage = (field: (typeof FIELD_ORDER)[number]) => {
    const key = state.fieldErrors[field];
    return key ? tv(key) : undefined;
  };
  // React resets a form after each submit; keying the controls by the values they were sent
  // with makes that reset land on what the person chose rather than on the first render's.
  const valuesKey = JSON.stringify(state.values);

  return (
    <form
      action={formAction}
      onSubmit={(event) => fast.onSubmit(event, confirmFast)}
      className="form"
      noValidate
      aria-labelledby="confirm-heading"
      data-testid="confirm-form"
    >
      {state.status === "error" && (
        <ErrorSummary
          ref={summaryRef}
          testId="confirm-errors"
          formError={state.formError ? t(state.formError.key) : null}
          intro={t("errorSummary")}
          problems={errorFields.map((field) => ({ field, message: tv(state.fieldErrors[field]!) }))}
        />
      )}

      <p>{t("choicesIntro")}</p>

      <FormField name="name" label={t("name")} error={fieldMessage("name")}>
        {(control) => (
          <input
            {...control}
            key={`name-${valuesKey}`}
            type="text"
            autoComplete="name"
            required
            maxLength={SIGNATURE_LIMITS.name}
            defaultValue={state.values.name}
          />
        )}
      </FormField>

      <FormField name="country" label={t("country")} error={fieldMessage("country")}>
        {(control) => (
          <select {...control} key={`country-${valuesKey}`} autoComplete="country" required defaultValue={state.values.country}>
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <label className="check">
        <input
          key={`consent-${valuesKey}`}
          id="consentUpdates"
          type="checkbox"
          name="consentUpdates"
          defaultChecked={state.values.consentUpdates}
        />
        <span>{t("consentUpdates")}</span>
      </label>
      <label className="check">
        <input
          key={`public-${valuesKey}`}
          id="showPublicly"
          type="checkbox"
          name="showPublicly"
          defaultChecked={state.values.showPublicly}
        />
        <span>{t("showPublicly")}</span>
      </label>

      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {t("button")}
      </button>
    </form>
  );
}
