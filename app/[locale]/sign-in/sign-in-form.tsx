"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/forms/form-state";
import { requestSignInLinkAction } from "./actions";

/** One field: the address the magic link goes to. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, formAction, pending] = useActionState(requestSignInLinkAction, initialFormState);
  return (
    <form action={formAction} className="form" noValidate>
      <FormStatus state={state} testId="sign-in-errors" fieldOrder={["email"]} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField name="email" label={t("email")} hint={t("emailHint")} error={state.fieldErrors.email}>
        {(control) => (
          <input {...control} type="email" autoComplete="email" inputMode="email" required defaultValue={state.values.email ?? ""} key={state.values.email} />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
