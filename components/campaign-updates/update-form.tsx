"use client";

import { useTranslations } from "next-intl";
import { useActionState, useDeferredValue, useState } from "react";
import editorStyles from "@/components/campaign-editor/campaign-editor.module.css";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { UPDATE_KINDS, UPDATE_LIMITS } from "@/lib/updates/update-input";
import { UpdateArticle } from "@/components/campaign/update-article";
import styles from "./updates.module.css";

export type UpdateFormValues = { kind: string; title: string; body: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  /** Absent for a new update. */
  updateId?: string;
  /** The stored version: a save from an older one is refused. */
  version?: number;
  initial: UpdateFormValues;
  submitLabel: string;
  /** The campaign's language: what the update is written in. */
  language: string;
};

const FORM_ID = "update-form";
const FIELD_ORDER = ["kind", "title", "body", "version", "updateId"];

// Each answer from the server gets a number, so the fields remount with what it sent back
// (React resets a form after its action), as in the translation form.
const answers = new WeakMap<FormState, number>();
let nextAnswer = 0;
const answerOf = (state: FormState) => {
  if (!answers.has(state)) answers.set(state, nextAnswer++);
  return answers.get(state)!;
};

/** Kind, title and Markdown text of an update, beside a live preview rendered as the campaign page will. */
export function UpdateForm({ action, initial, ...rest }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values: UpdateFormValues =
    state.status === "idle" ? initial : { kind: state.values.kind ?? "", title: state.values.title ?? "", body: state.values.body ?? "" };
  return <UpdateFormBody key={answerOf(state)} state={state} formAction={formAction} pending={pending} values={values} {...rest} />;
}

type BodyProps = Omit<Props, "action" | "initial"> & {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  values: UpdateFormValues;
};

function UpdateFormBody({ state, formAction, pending, values, campaignId, updateId, version, submitLabel, language }: BodyProps) {
  const t = useTranslations("campaignUpdates");
  const errors = state.fieldErrors;
  const [typed, setTyped] = useState(values);
  // Typing stays quick on a long text: the Markdown re-renders when the browser has time.
  const preview = useDeferredValue(typed);

  return (
    <div className={editorStyles.editor}>
      <form
        id={FORM_ID}
        action={formAction}
        className={`form ${editorStyles.fields}`}
        noValidate
        aria-label={t("formLabel")}
        onChange={(event) => {
          const field = event.target as unknown as HTMLInputElement;
          if (field.name === "kind" || field.name === "title" || field.name === "body") setTyped((current) => ({ ...current, [field.name]: field.value }));
        }}
      >
        <FormStatus state={state} testId="update-form-errors" fieldOrder={FIELD_ORDER} />
        <input type="hidden" name="campaignId" value={campaignId} />
        {updateId && <input type="hidden" name="updateId" value={updateId} />}
        {version !== undefined && <input type="hidden" name="version" value={String(version)} />}
        <fieldset className={styles.kinds} aria-describedby={errors.kind ? "kind-error" : undefined}>
          <legend>{t("kindLegend")}</legend>
          {UPDATE_KINDS.map((kind, index) => (
            <label key={kind} className={styles.kindOption}>
              <input type="radio" name="kind" value={kind} id={index === 0 ? "kind" : undefined} defaultChecked={values.kind === kind} />
              <span>{t(`kinds.${kind}`)}</span>
              <small>{t(`kindHints.${kind}`)}</small>
            </label>
          ))}
          {errors.kind && (
            <p className="field__error" id="kind-error">
              {errors.kind}
            </p>
          )}
        </fieldset>
        <FormField name="title" label={t("titleLabel")} hint={t("titleHint", { max: UPDATE_LIMITS.title.max })} error={errors.title}>
          {(control) => <input {...control} type="text" lang={language} defaultValue={values.title} maxLength={UPDATE_LIMITS.title.max + 20} className={editorStyles.input} />}
        </FormField>
        <FormField name="body" label={t("bodyLabel")} hint={t("bodyHint")} error={errors.body}>
          {(control) => <textarea {...control} lang={language} rows={14} defaultValue={values.body} className={editorStyles.textarea} />}
        </FormField>
      </form>

      <div className={editorStyles.previewColumn}>
        <section className={`card ${editorStyles.preview}`} aria-labelledby="preview-heading" data-testid="update-preview">
          <h2 id="preview-heading" className={editorStyles.previewHeading}>
            {t("previewHeading")}
          </h2>
          <p className="field__hint">{t("previewHint")}</p>
          {preview.title || preview.body ? (
            <UpdateArticle update={{ kind: preview.kind || "NEWS", title: preview.title, body: preview.body, publishedAt: null }} language={language} headingLevel={3} />
          ) : (
            <p>{t("previewEmpty")}</p>
          )}
        </section>
      </div>

      <div className={editorStyles.actions}>
        <button type="submit" form={FORM_ID} className="button" disabled={pending}>
          {submitLabel}
        </button>
        <p className="field__hint" role="status">
          {pending ? t("saving") : ""}
        </p>
      </div>
    </div>
  );
}
