"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resumeBroadcastAction } from "@/app/[locale]/(signed-in)/admin/actions";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "./admin.module.css";

type Props = { broadcastId: string; label: string };

/** The admin's button that resumes one paused update send; its result is announced beside it. */
export function ResumeBroadcastForm({ broadcastId, label }: Props) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(resumeBroadcastAction, initialFormState);
  const problem = state.formError ?? Object.values(state.fieldErrors)[0] ?? null;
  return (
    <form action={formAction} data-testid="paused-broadcast-form">
      <input type="hidden" name="broadcastId" value={broadcastId} />
      <button type="submit" className="button button--secondary" disabled={pending || state.status === "success"}>
        {t("resume")}<span className="visually-hidden">: {label}</span>
      </button>
      <p className={styles.status} role="status" data-testid="paused-broadcast-status">
        {state.status === "success" ? state.message : state.status === "error" ? problem : null}
      </p>
    </form>
  );
}
