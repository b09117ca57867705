"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { updateUserAccessAction } from "@/app/[locale]/(signed-in)/admin/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "./admin.module.css";

const ROLES = ["USER", "MODERATOR", "ADMIN"] as const;
type Role = (typeof ROLES)[number];

type Props = { user: { id: string; email: string; role: Role; trusted: boolean }; joined: string; isSelf: boolean };

/** One person: their role and whether their campaigns skip review, saved together. */
export function UserAccessForm({ user, joined, isSelf }: Props) {
  const t = useTranslations("admin");
  const tf = useTranslations("forms");
  const [state, formAction, pending] = useActionState(updateUserAccessAction, initialFormState);
  // What the admin last sent stays on screen, saved or refused. React resets a form after its
  // action, to these defaults; a new key re-creates a control when its default changes.
  const role = state.values.role ?? user.role;
  const trusted = state.status === "idle" ? user.trusted : state.values.trusted === "on";
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  const roleId = `role-${user.id}`;
  const trustedId = `trusted-${user.id}`;
  const roleError = state.fieldErrors.role;
  const otherError = Object.entries(state.fieldErrors).find(([field]) => field !== "role")?.[1] ?? null;

  return (
    <form action={formAction} className={styles.user} noValidate data-testid="user-row">
      <div className={styles.who}>
        <p className={styles.email}>
          {user.email}
          {isSelf && <span className={styles.you}> ({t("you")})</span>}
        </p>
        <p className={styles.joined}>{joined}</p>
      </div>
      <input type="hidden" name="userId" value={user.id} />
      <div className={`field ${styles.role}`}>
        <label htmlFor={roleId}>{t("role")}</label>
        <select
          id={roleId}
          name="role"
          defaultValue={role}
          key={role}
          aria-invalid={Boolean(roleError)}
          aria-describedby={roleError ? `${roleId}-error` : undefined}
        >
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
        {roleError && (
          <p className="field__error" id={`${roleId}-error`}>
            {roleError}
          </p>
        )}
      </div>
      <div className={`check ${styles.trusted}`}>
        <input type="checkbox" id={trustedId} name="trusted" defaultChecked={trusted} key={String(trusted)} aria-describedby={`${trustedId}-hint`} />
        <div>
          <label htmlFor={trustedId}>{t("trusted")}</label>
          <p className="field__hint" id={`${trustedId}-hint`}>
            {t("trustedHint")}
          </p>
        </div>
      </div>
      <button type="submit" className={`button button--secondary ${styles.save}`} disabled={pending}>
        {t("save")}
        <span className="visually-hidden">: {user.email}</span>
      </button>
      {state.status === "error" && (
        <div className={styles.status}>
          <ErrorSummary
            ref={summary}
            testId="user-row-errors"
            formError={state.formError ?? otherError}
            intro={tf("errorIntro")}
            problems={roleError ? [{ field: roleId, message: roleError }] : []}
          />
        </div>
      )}
      {state.status === "success" && state.message && (
        <p className={`alert alert--ok ${styles.status}`} role="status" data-testid="user-row-saved">
          {state.message}
        </p>
      )}
    </form>
  );
}
