"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import styles from "./campaign-pages.module.css";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Names the form's heading id and test ids: `<name>-confirm`, `<name>-errors`. */
  name: string;
  heading: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Back to the page without the confirmation. */
  cancelHref: string;
  /** What the action needs to know which thing, in which version, this is about. */
  fields: Record<string, string>;
};

/** The second step of an action that cannot be undone lightly: what it means, then a button that does it. */
export function ConfirmStepForm({ action, name, heading, body, confirmLabel, cancelLabel, cancelHref, fields }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={`form ${styles.confirm}`} aria-labelledby={`${name}-confirm-heading`} data-testid={`${name}-confirm`}>
      <h3 id={`${name}-confirm-heading`}>{heading}</h3>
      <p>{body}</p>
      <FormStatus state={state} testId={`${name}-errors`} />
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={pending}>
          {confirmLabel}
        </button>
        <Link href={cancelHref} className="button button--secondary">
          {cancelLabel}
        </Link>
      </div>
    </form>
  );
}
