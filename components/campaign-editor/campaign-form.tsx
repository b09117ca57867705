"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { CampaignFormFields, type CampaignFormOptions } from "./campaign-form-fields";
import { CAMPAIGN_FIELD_ORDER, type CampaignFormValues } from "./campaign-form-values";
import { CampaignPreview, type PreviewContent } from "./campaign-preview";
import styles from "./campaign-editor.module.css";

type Props = CampaignFormOptions & {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Defaults for a new campaign, or the saved one. */
  initial: CampaignFormValues;
  campaignId?: string;
  /** Which buttons: save only (a live campaign), or save and submit (a draft); publish for the trusted. */
  buttons: { save: "saveDraft" | "saveChanges"; submit: "submitForReview" | "publishNow" | null };
};

const FORM_ID = "campaign-form";

// Each answer from the server gets a number, so the fields remount with what it sent back
// (React resets a form after its action; remounting makes the reset show the new values).
const versions = new WeakMap<FormState, number>();
let nextVersion = 0;
const versionOf = (state: FormState) => {
  if (!versions.has(state)) versions.set(state, nextVersion++);
  return versions.get(state)!;
};

/** The guided campaign form with its live preview; the same for starting and editing. */
export function CampaignForm({ action, initial, campaignId, buttons, ...options }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const values: CampaignFormValues = state.status === "idle" ? initial : { ...initial, ...state.values };
  return (
    <CampaignFormBody
      key={versionOf(state)}
      state={state}
      formAction={formAction}
      pending={pending}
      values={values}
      campaignId={campaignId}
      buttons={buttons}
      options={options}
    />
  );
}

type BodyProps = {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  values: CampaignFormValues;
  campaignId?: string;
  buttons: Props["buttons"];
  options: CampaignFormOptions;
};

function CampaignFormBody({ state, formAction, pending, values, campaignId, buttons, options }: BodyProps) {
  const t = useTranslations("startCampaign");
  const [preview, setPreview] = useState<PreviewContent>(() => ({
    title: values.title,
    target: values.target,
    summary: values.summary,
    story: values.story,
    language: values.language,
    image: options.currentImage && state.values.removeImage !== "on" ? { src: options.currentImage.url, alt: values.imageAlt } : null,
  }));

  return (
    <div className={styles.editor}>
      <form
        id={FORM_ID}
        action={formAction}
        className={`form ${styles.fields}`}
        noValidate
        aria-label={t("formLabel")}
        onChange={(event) => {
          const field = event.target as unknown as HTMLInputElement;
          if (["title", "target", "summary", "story", "language"].includes(field.name)) {
            setPreview((current) => ({ ...current, [field.name]: field.value }));
          }
          if (field.name === "imageAlt") setPreview((current) => (current.image ? { ...current, image: { ...current.image, alt: field.value } } : current));
          if (field.name === "removeImage" && options.currentImage) {
            const image = field.checked ? null : { src: options.currentImage.url, alt: values.imageAlt };
            setPreview((current) => ({ ...current, image }));
          }
        }}
      >
        <FormStatus state={state} testId="campaign-form-errors" fieldOrder={CAMPAIGN_FIELD_ORDER} />
        {campaignId && <input type="hidden" name="campaignId" value={campaignId} />}
        <CampaignFormFields
          values={values}
          errors={state.fieldErrors}
          failed={state.status === "error"}
          slugSuggested={state.values.slugSuggested === "1"}
          removeImage={state.values.removeImage === "on"}
          options={options}
          onImageChosen={(image) => setPreview((current) => ({ ...current, image }))}
        />
      </form>

      <div className={styles.previewColumn}>
        <CampaignPreview content={preview} />
      </div>

      <div className={styles.actions}>
        <button type="submit" form={FORM_ID} name="intent" value="save" className={`button ${buttons.submit ? "button--secondary" : ""}`} disabled={pending}>
          {t(buttons.save)}
        </button>
        {buttons.submit && (
          <button type="submit" form={FORM_ID} name="intent" value="submit" className="button" disabled={pending}>
            {t(buttons.submit)}
          </button>
        )}
        <p className="field__hint" role="status">
          {pending ? t("saving") : ""}
        </p>
      </div>
    </div>
  );
}
