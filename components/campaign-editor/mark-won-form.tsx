"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import styles from "./campaign-pages.module.css";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
};

/** "Did you win?": the victory message (Markdown) the campaign page will show, and the button. */
export function MarkWonForm({ action, campaignId }: Props) {
  const t = useTranslations("lifecycle");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="won-heading">
      <FormStatus state={state} testId="won-errors" fieldOrder={["victoryMessage"]} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <FormField name="victoryMessage" label={t("victoryLabel")} hint={t("victoryHint")} error={state.fieldErrors.victoryMessage}>
        {(control) => (
          <textarea {...control} rows={5} defaultValue={state.values.victoryMessage ?? ""} key={state.values.victoryMessage} className={styles.textarea} />
        )}
      </FormField>
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={pending}>
          {t("markWonButton")}
        </button>
      </div>
    </form>
  );
}
