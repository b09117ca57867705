"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { searchUsersAction } from "@/app/[locale]/(signed-in)/admin/actions";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "./admin.module.css";

/** Search people by part of their email (kept in a cookie, never in the URL). */
export function UserSearchForm({ query }: { query: string }) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(searchUsersAction, initialFormState);
  return (
    <form action={formAction} className={styles.search} noValidate role="search">
      <FormStatus state={state} testId="user-search-errors" fieldOrder={["query"]} />
      <FormField name="query" label={t("search")} hint={t("searchHint")} error={state.fieldErrors.query}>
        {(control) => <input {...control} type="text" inputMode="email" autoComplete="off" defaultValue={state.values.query ?? query} key={state.values.query} />}
      </FormField>
      <button type="submit" className="button" disabled={pending}>
        {t("searchButton")}
      </button>
    </form>
  );
}
