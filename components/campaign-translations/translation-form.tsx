"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type ReactNode } from "react";
import { CampaignPreview } from "@/components/campaign-editor/campaign-preview";
import editorStyles from "@/components/campaign-editor/campaign-editor.module.css";
import { FormField } from "@/components/ui/form-field";
import { FormStatus } from "@/components/ui/form-status";
import { CAMPAIGN_LIMITS } from "@/lib/campaigns/campaign-input";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { SourceText, type SourceCampaignText } from "./source-text";
import styles from "./translations.module.css";

/** The translation form's fields, as the inputs hold them. */
export type TranslationFormValues = {
  title: string;
  summary: string;
  story: string;
  target: string;
  shareText: string;
  imageAlt: string;
  isDraft: boolean;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  campaignId: string;
  language: string;
  /** The language's name in the reader's language. */
  languageName: string;
  /** The stored translation's version, 0 for a new one: a save from an older one is refused. */
  version: number;
  initial: TranslationFormValues;
  source: SourceCampaignText;
  /** The campaign's image, when it has one: only then is there a description to translate. */
  imageUrl: string | null;
};

const FORM_ID = "translation-form";
/** The order the fields appear in, so the error summary lists problems the same way. */
const FIELD_ORDER = ["title", "summary", "story", "target", "shareText", "imageAlt", "isDraft", "language", "version"];
const PREVIEWED = ["title", "summary", "story", "target", "imageAlt"] as const;
type Previewed = (typeof PREVIEWED)[number];

// Each answer from the server gets a number, so the fields remount with what it sent back
// (React resets a form after its action), as in the campaign form.
const answers = new WeakMap<FormState, number>();
let nextAnswer = 0;
const answerOf = (state: FormState) => {
  if (!answers.has(state)) answers.set(state, nextAnswer++);
  return answers.get(state)!;
};

/** One language's words of a campaign, beside a live preview of its page in that language. */
export function TranslationForm({ action, initial, ...rest }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values: TranslationFormValues =
    state.status === "idle"
      ? initial
      : {
          title: state.values.title ?? "",
          summary: state.values.summary ?? "",
          story: state.values.story ?? "",
          target: state.values.target ?? "",
          shareText: state.values.shareText ?? "",
          imageAlt: state.values.imageAlt ?? "",
          isDraft: state.values.isDraft === "on",
        };
  return <TranslationFormBody key={answerOf(state)} state={state} formAction={formAction} pending={pending} values={values} {...rest} />;
}

type BodyProps = Omit<Props, "action" | "initial"> & {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  values: TranslationFormValues;
};

function TranslationFormBody({ state, formAction, pending, values, campaignId, language, languageName, version, source, imageUrl }: BodyProps) {
  const t = useTranslations("campaignTranslations");
  const errors = state.fieldErrors;
  const [typed, setTyped] = useState<Record<Previewed, string>>(() => ({
    title: values.title,
    summary: values.summary,
    story: values.story,
    target: values.target,
    imageAlt: values.imageAlt,
  }));
  // Quotations of the original inside a hint are in the original's language.
  const original = (chunks: ReactNode) => <span lang={source.language}>{chunks}</span>;

  const textInput = (name: "title" | "target" | "imageAlt", label: string, hint: ReactNode, maxLength: number) => (
    <FormField name={name} label={label} hint={hint} error={errors[name]}>
      {(control) => <input {...control} type="text" lang={language} defaultValue={values[name]} maxLength={maxLength} className={editorStyles.input} />}
    </FormField>
  );
  const textArea = (name: "summary" | "story" | "shareText", label: string, hint: string, rows: number) => (
    <FormField name={name} label={label} hint={hint} error={errors[name]}>
      {(control) => <textarea {...control} lang={language} rows={rows} defaultValue={values[name]} className={editorStyles.textarea} />}
    </FormField>
  );

  return (
    <div className={editorStyles.editor}>
      <form
        id={FORM_ID}
        action={formAction}
        className={`form ${editorStyles.fields}`}
        noValidate
        aria-label={t("formLabel", { language: languageName })}
        onChange={(event) => {
          const field = event.target as unknown as HTMLInputElement;
          if ((PREVIEWED as readonly string[]).includes(field.name)) setTyped((current) => ({ ...current, [field.name]: field.value }));
        }}
      >
        <FormStatus state={state} testId="translation-form-errors" fieldOrder={FIELD_ORDER} />
        <SourceText source={source} />
        <input type="hidden" name="campaignId" value={campaignId} />
        <input type="hidden" name="language" value={language} />
        <input type="hidden" name="version" value={String(version)} />
        <fieldset className={editorStyles.group}>
          <legend className={editorStyles.legend}>{t("fieldsLegend", { language: languageName })}</legend>
          {textInput("title", t("titleLabel"), t("titleHint"), CAMPAIGN_LIMITS.title.max + 20)}
          {textArea("summary", t("summaryLabel"), t("summaryHint"), 3)}
          {textArea("story", t("storyLabel"), t("storyHint"), 12)}
          {textInput("target", t("targetLabel"), t.rich("targetHint", { target: source.target, original }), CAMPAIGN_LIMITS.target.max + 20)}
          {textArea("shareText", t("shareTextLabel"), t("shareTextHint", { max: CAMPAIGN_LIMITS.shareText.max }), 3)}
          {imageUrl &&
            textInput(
              "imageAlt",
              t("imageAltLabel"),
              source.imageAlt ? t.rich("imageAltHint", { alt: source.imageAlt, original }) : t("imageAltHintNoSource"),
              CAMPAIGN_LIMITS.imageAlt.max + 20,
            )}
        </fieldset>
        <div className={styles.draftBox}>
          <label className="check">
            <input type="checkbox" name="isDraft" defaultChecked={values.isDraft} aria-describedby="isDraft-hint" />
            <span>{t("draftLabel")}</span>
          </label>
          <p className="field__hint" id="isDraft-hint">
            {t("draftHint")}
          </p>
        </div>
      </form>

      <div className={editorStyles.previewColumn}>
        <CampaignPreview
          content={{
            title: typed.title,
            summary: typed.summary,
            story: typed.story,
            language,
            target: typed.target || source.target,
            targetLanguage: typed.target ? language : source.language,
            image: imageUrl
              ? { src: imageUrl, alt: typed.imageAlt || source.imageAlt || "", lang: typed.imageAlt ? language : source.language }
              : null,
          }}
        />
      </div>

      <div className={editorStyles.actions}>
        <button type="submit" form={FORM_ID} className="button" disabled={pending}>
          {t("save")}
        </button>
        <p className="field__hint" role="status">
          {pending ? t("saving") : ""}
        </p>
      </div>
    </div>
  );
}
