"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { ReferralField } from "./referral-field";
import { ShareBar } from "@/components/sharing/share-bar";
import type { ShareContent } from "@/lib/sharing/share-content";
import { regionFromLanguages } from "@/lib/i18n/locales";
import { initialSignFormState, type SignFormState } from "@/lib/signatures/sign-form-state";
import { SIGNATURE_LIMITS } from "@/lib/signatures/signature-limits";
import { CAMPAIGN_FIELD } from "@/lib/forms/campaign-field";
import { sendSignForm, type SignFormPlace } from "@/lib/forms/sign-request";
import { useFastSubmit } from "@/lib/forms/use-fast-submit";

type Props = {
  /** Without JavaScript (and before hydration) the form posts this; with it, the JSON API. */
  action: (state: SignFormState, formData: FormData) => Promise<SignFormState>;
  /** The campaign page or the embeddable widget: the same as the action's choice (see sign-request.ts). */
  place: SignFormPlace;
  /** Sent in a hidden field (see signPetitionAction). */
  campaignSlug: string;
  countries: { code: string; name: string }[];
  /** For "Now share it" after signing (not in the embeddable widget, whose frame is too small for it). */
  share?: ShareContent;
  /**
   * The embeddable widget's form: instead of the two choice boxes, this note. A frame can be
   * overlaid by the site around it and keeps no proof cookie there, so the boxes would decide
   * nothing: the signer makes both choices on the confirmation page.
   */
  choicesNote?: string;
};

const FIELD_ORDER = ["name", "email", "country", "postalCode"] as const;

export function SignForm({ action, place, campaignSlug, countries, share, choicesNote }: Props) {
  const t = useTranslations("signForm");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const [actionState, formAction, actionPending] = useActionState(action, initialSignFormState);
  const fast = useFastSubmit<SignFormState>();
  const state = fast.state ?? actionState;
  const pending = actionPending || fast.pending;
  const countryRef = useRef<HTMLSelectElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Preselect the country from the browser's language ("ko-KR" gives KR) while none is chosen,
    // before the first submit only: after it, an empty country is the signer's own answer.
    const select = countryRef.current;
    if (select && !select.value && state.status === "idle") {
      const region = regionFromLanguages(navigator.languages ?? [navigator.language]);
      if (region && countries.some((option) => option.code === region)) select.value = region;
    }
    if (state.status === "error") summaryRef.current?.focus();
    if (state.status === "success") successRef.current?.focus();
  }, [state, countries]);

  if (state.status === "success") {
    return (
      <div style={{ display: "grid", gap: "1.25rem" }}>
        <div className="alert alert--ok" role="status" tabIndex={-1} ref={successRef} data-testid="sign-success">
          <h2>{t("successTitle")}</h2>
          <p>{t("successBody", { email: state.sentTo ?? "" })}</p>
        </div>
        {share ? <ShareBar content={share} referralCode={state.referralCode} variant="signed" /> : null}
      </div>
    );
  }

  const errorFields = FIELD_ORDER.filter((field) => state.fieldErrors[field]);
  const fieldMessage = (field: (typeof FIELD_ORDER)[number]) => {
    const key = state.fieldErrors[field];
    return key ? tv(key) : undefined;
  };

  return (
    <form
      action={formAction}
      onSubmit={(event) => fast.onSubmit(event, (formData) => sendSignForm({ campaignSlug, formData, place, locale }))}
      className="form"
      noValidate
      aria-labelledby="sign-heading"
    >
      <h2 id="sign-heading">{t("heading")}</h2>

      {state.status === "error" && (
        <ErrorSummary
          ref={summaryRef}
          testId="sign-errors"
          formError={state.formError ? t(state.formError.key, { seconds: state.formError.seconds ?? 0 }) : null}
          intro={t("errorSummary")}
          problems={errorFields.map((field) => ({ field, message: tv(state.fieldErrors[field]!) }))}
        />
      )}

      <FormField name="name" label={t("name")} error={fieldMessage("name")}>
        {(control) => (
          <input {...control} type="text" autoComplete="name" required maxLength={SIGNATURE_LIMITS.name} defaultValue={state.values.name} />
        )}
      </FormField>

      <FormField name="email" label={t("email")} hint={t("emailHint")} error={fieldMessage("email")}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={SIGNATURE_LIMITS.email}
            defaultValue={state.values.email}
          />
        )}
      </FormField>

      <FormField name="country" label={t("country")} error={fieldMessage("country")}>
        {(control) => (
          // Keyed by the submitted value: React resets the form after each submit, and a select
          // mounted with that value is what resets to it (a changed defaultValue alone is not).
          <select
            {...control}
            key={`country-${state.values.country}`}
            autoComplete="country"
            required
            ref={countryRef}
            defaultValue={state.values.country}
          >
            <option value="">{t("countryPlaceholder")}</option>
            {countries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField name="postalCode" label={t("postalCode")} error={fieldMessage("postalCode")}>
        {(control) => (
          <input {...control} type="text" autoComplete="postal-code" maxLength={SIGNATURE_LIMITS.postalCode} defaultValue={state.values.postalCode} />
        )}
      </FormField>

      {choicesNote ? (
        <p className="privacy">{choicesNote}</p>
      ) : (
        <>
          <label className="check">
            <input type="checkbox" name="consentUpdates" defaultChecked={state.values.consentUpdates} />
            <span>{t("consentUpdates")}</span>
          </label>
          <label className="check">
            <input type="checkbox" name="showPublicly" defaultChecked={state.values.showPublicly} />
            <span>{t("showPublicly")}</span>
          </label>
        </>
      )}

      <div className="honeypot" aria-hidden="true">
        <label htmlFor="hp">{t("honeypot")}</label>
        <input id="hp" name="hp" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <input type="hidden" name={CAMPAIGN_FIELD} value={campaignSlug} />
      <ReferralField />

      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
      <p className="privacy">{t("privacy")}</p>
    </form>
  );
}
