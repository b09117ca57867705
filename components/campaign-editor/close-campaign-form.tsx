"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import styles from "./campaign-pages.module.css";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  /** Back to the page without the confirmation. */
  cancelHref: string;
};

/** The second step of closing a campaign: what it means, then a button that does it. */
export function CloseCampaignForm({ action, campaignId, cancelHref }: Props) {
  const t = useTranslations("lifecycle");
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={`form ${styles.confirm}`} aria-labelledby="close-confirm-heading" data-testid="close-confirm">
      <h3 id="close-confirm-heading">{t("closeConfirmHeading")}</h3>
      <p>{t("closeConfirmBody")}</p>
      <FormStatus state={state} testId="close-errors" />
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={pending}>
          {t("closeConfirmButton")}
        </button>
        <Link href={cancelHref} className="button button--secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
