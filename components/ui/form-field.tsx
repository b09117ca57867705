import type { ReactNode } from "react";

export type FieldControlProps = {
  id: string;
  name: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
};

type Props = {
  name: string;
  label: string;
  /** Text, or text with marked-up parts (a quotation in another language, say). */
  hint?: ReactNode;
  /** The message to show (already translated), linked to the control for screen readers. */
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
};

/** A labelled form control with its hint and error wired up by id. */
export function FormField({ name, label, hint, error, children }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id: name,
        name,
        "aria-invalid": Boolean(error),
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
