"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import pageStyles from "@/components/campaign-editor/campaign-pages.module.css";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  language: string;
  languageName: string;
  /** The version the page showed: a translation changed since is not removed unseen. */
  version: number;
  /** Back to the form without the confirmation. */
  cancelHref: string;
};

/** The second step of removing a translation: what it means, then a button that does it. */
export function RemoveTranslationForm({ action, campaignId, language, languageName, version, cancelHref }: Props) {
  const t = useTranslations("campaignTranslations");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={`form ${pageStyles.confirm}`} aria-labelledby="remove-confirm-heading" data-testid="remove-confirm">
      <h3 id="remove-confirm-heading">{t("removeConfirmHeading", { language: languageName })}</h3>
      <p>{t("removeConfirmBody")}</p>
      <FormStatus state={state} testId="remove-errors" />
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="language" value={language} />
      <input type="hidden" name="version" value={String(version)} />
      <div className={pageStyles.buttons}>
        <button type="submit" className="button" disabled={pending}>
          {t("removeConfirmButton")}
        </button>
        <Link href={cancelHref} className="button button--secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
