"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { ConfirmStepForm } from "./confirm-step-form";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  /** Back to the page without the confirmation. */
  cancelHref: string;
};

/** The second step of closing a campaign. */
export function CloseCampaignForm({ action, campaignId, cancelHref }: Props) {
  const t = useTranslations("lifecycle");
  return (
    <ConfirmStepForm
      action={action}
      name="close"
      heading={t("closeConfirmHeading")}
      body={t("closeConfirmBody")}
      confirmLabel={t("closeConfirmButton")}
      cancelLabel={t("cancel")}
      cancelHref={cancelHref}
      fields={{ campaignId }}
    />
  );
}
