import type { Ref } from "react";

type Props = {
  /** Receives focus after a failed submit, so a screen reader announces the problems. */
  ref: Ref<HTMLDivElement>;
  testId: string;
  /** A problem with the whole form, shown instead of the list. */
  formError: string | null;
  intro: string;
  /** Each field with a problem, in the form's order: its control's id and the message. */
  problems: { field: string; message: string }[];
};

/** The list of a form's problems above it, each linking to its field. */
export function ErrorSummary({ ref, testId, formError, intro, problems }: Props) {
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref} data-testid={testId}>
      {formError ? (
        <p>{formError}</p>
      ) : (
        <>
          <p>{intro}</p>
          <ul>
            {problems.map(({ field, message }) => (
              <li key={field}>
                <a href={`#${field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
