"use client";

import { useTranslations } from "next-intl";
import { ConfirmStepForm } from "@/components/campaign-editor/confirm-step-form";
import type { FormState } from "@/lib/forms/form-state";

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

/** The second step of removing a translation. */
export function RemoveTranslationForm({ action, campaignId, language, languageName, version, cancelHref }: Props) {
  const t = useTranslations("campaignTranslations");
  return (
    <ConfirmStepForm
      action={action}
      name="remove"
      heading={t("removeConfirmHeading", { language: languageName })}
      body={t("removeConfirmBody")}
      confirmLabel={t("removeConfirmButton")}
      cancelLabel={t("cancel")}
      cancelHref={cancelHref}
      fields={{ campaignId, language, version: String(version) }}
    />
  );
}
