"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { filterAuditLogAction } from "@/app/[locale]/(signed-in)/admin/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "./admin.module.css";

type Props = { campaign: string; actor: string };

/** Filter the log by campaign (address, slug or id) and by who acted (email, turned into an id). */
export function AuditFilterForm({ campaign, actor }: Props) {
  const t = useTranslations("audit");
  const [state, formAction, pending] = useActionState(filterAuditLogAction, initialFormState);
  return (
    <form action={formAction} className={styles.filter} noValidate role="search" aria-label={t("filterHeading")}>
      <FormStatus state={state} testId="audit-filter-errors" fieldOrder={["campaign", "actor"]} />
      <FormField name="campaign" label={t("campaign")} hint={t("campaignHint")} error={state.fieldErrors.campaign}>
        {(control) => <input {...control} type="text" autoComplete="off" defaultValue={state.values.campaign ?? campaign} key={state.values.campaign} />}
      </FormField>
      <FormField name="actor" label={t("actor")} hint={t("actorHint")} error={state.fieldErrors.actor}>
        {(control) => <input {...control} type="email" autoComplete="off" defaultValue={state.values.actor ?? actor} key={state.values.actor} />}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("filter")}
      </button>
    </form>
  );
}
