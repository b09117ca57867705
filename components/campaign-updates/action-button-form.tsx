"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import pageStyles from "@/components/campaign-editor/campaign-pages.module.css";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields: the campaign (whose organizers may do this), the update, its version… */
  fields: Record<string, string>;
  label: string;
  testId: string;
  secondary?: boolean;
  /** What comes before the button (what it will do), and after it (a cancel link). */
  children?: ReactNode;
  after?: ReactNode;
  className?: string;
};

/**
 * One button that runs a protected action, with its outcome or problem shown above it.
 * The button is disabled while the action runs, so a double click submits once (and the
 * server refuses a second start anyway).
 */
export function ActionButtonForm({ action, fields, label, testId, secondary, children, after, className }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className={`form ${className ?? ""}`} data-testid={testId}>
      <FormStatus state={state} testId={`${testId}-status`} />
      {children}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={pageStyles.buttons}>
        <button type="submit" className={`button${secondary ? " button--secondary" : ""}`} disabled={pending}>
          {label}
        </button>
        {after}
      </div>
    </form>
  );
}
