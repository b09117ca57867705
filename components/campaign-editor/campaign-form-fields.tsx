import Image from "next/image";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FormField } from "@/components/ui/form-field";
import { CAMPAIGN_LIMITS } from "@/lib/campaigns/campaign-input";
import { CAMPAIGN_IMAGE_ACCEPT } from "@/lib/images/campaign-image-limits";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";
import type { CampaignFormValues } from "./campaign-form-values";
import { useSlugSuggestion } from "./use-slug-suggestion";
import styles from "./campaign-editor.module.css";

export type CampaignFormOptions = {
  /** The campaign has been public: its slug and language can no longer change. */
  slugFixed: boolean;
  /** The slug follows the title until the organizer edits it (a new campaign). */
  suggestSlug: boolean;
  currentImage: { url: string; alt: string } | null;
  /** The date input's bounds (today and two years on, UTC), from the server. */
  deadlineBounds: { min: string; max: string };
};

type Props = {
  values: CampaignFormValues;
  errors: Record<string, string>;
  /** The last submit failed: a chosen file was not kept. */
  failed: boolean;
  slugSuggested: boolean;
  /** The "remove the current image" box was ticked on the last submit. */
  removeImage: boolean;
  options: CampaignFormOptions;
  onImageChosen: (image: { src: string; alt: string } | null) => void;
};

/** The campaign form's fields in three groups: the petition, its goal and details, its address. */
export function CampaignFormFields({ values, errors, failed, slugSuggested, removeImage, options, onImageChosen }: Props) {
  const t = useTranslations("startCampaign");
  const ts = useTranslations("campaignShareText");
  const slug = useSlugSuggestion({ initial: values.slug, follow: options.suggestSlug && (values.slug === "" || slugSuggested) });
  const objectUrl = useRef<string | null>(null);
  useEffect(() => () => {
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
  }, []);

  const text = (name: keyof CampaignFormValues, extra: { autoComplete?: string } = {}) => (
    <FormField name={name} label={t(`${name}Label`)} hint={t(`${name}Hint`)} error={errors[name]}>
      {(control) => <input {...control} type="text" defaultValue={values[name]} className={styles.input} {...extra} />}
    </FormField>
  );

  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("petitionSection")}</legend>
        <FormField name="title" label={t("titleLabel")} hint={t("titleHint")} error={errors.title}>
          {(control) => (
            <input
              {...control}
              type="text"
              defaultValue={values.title}
              maxLength={CAMPAIGN_LIMITS.title.max + 20}
              className={styles.input}
              onChange={(event) => slug.titleChanged(event.target.value)}
            />
          )}
        </FormField>
        {text("target")}
        <FormField name="summary" label={t("summaryLabel")} hint={t("summaryHint")} error={errors.summary}>
          {(control) => <textarea {...control} rows={3} defaultValue={values.summary} className={styles.textarea} />}
        </FormField>
        <FormField name="story" label={t("storyLabel")} hint={t("storyHint")} error={errors.story}>
          {(control) => <textarea {...control} rows={12} defaultValue={values.story} className={styles.textarea} />}
        </FormField>
        <FormField name="image" label={t("imageLabel")} hint={failed ? `${t("imageHint")} ${t("imageAgain")}` : t("imageHint")} error={errors.image}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept={CAMPAIGN_IMAGE_ACCEPT}
              className={styles.file}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
                objectUrl.current = file ? URL.createObjectURL(file) : null;
                const alt = (event.target.form?.elements.namedItem("imageAlt") as HTMLInputElement | null)?.value ?? "";
                onImageChosen(objectUrl.current ? { src: objectUrl.current, alt } : null);
              }}
            />
          )}
        </FormField>
        {options.currentImage && (
          <div className={styles.currentImage}>
            <Image src={options.currentImage.url} alt={options.currentImage.alt} width={240} height={126} unoptimized />
            <p className="field__hint">{t("currentImage")}</p>
            <label className="check">
              <input type="checkbox" name="removeImage" defaultChecked={removeImage} />
              <span>{t("removeImage")}</span>
            </label>
          </div>
        )}
        {text("imageAlt")}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("detailsSection")}</legend>
        <FormField name="goal" label={t("goalLabel")} hint={t("goalHint")} error={errors.goal}>
          {(control) => <input {...control} type="text" inputMode="numeric" defaultValue={values.goal} className={`${styles.input} ${styles.short}`} />}
        </FormField>
        <FormField name="closesAt" label={t("closesAtLabel")} hint={t("closesAtHint")} error={errors.closesAt}>
          {(control) => (
            <input {...control} type="date" defaultValue={values.closesAt} min={options.deadlineBounds.min} max={options.deadlineBounds.max} className={`${styles.input} ${styles.short}`} />
          )}
        </FormField>
        {options.slugFixed ? (
          <div className={styles.locked}>
            <p className="field__label">{t("languageLabel")}</p>
            <p className="field__hint">{t("languageLocked", { language: localeNames[values.language as Locale] ?? values.language })}</p>
            <input type="hidden" name="language" value={values.language} />
          </div>
        ) : (
          <FormField name="language" label={t("languageLabel")} hint={t("languageHint")} error={errors.language}>
            {(control) => (
              <select {...control} defaultValue={values.language} className={styles.short}>
                {locales.map((locale) => (
                  <option key={locale} value={locale} lang={locale}>
                    {localeNames[locale]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("addressSection")}</legend>
        {text("hashtag")}
        <FormField name="shareText" label={ts("label")} hint={ts("hint", { max: CAMPAIGN_LIMITS.shareText.max })} error={errors.shareText}>
          {(control) => <textarea {...control} rows={3} defaultValue={values.shareText} className={styles.textarea} />}
        </FormField>
        <FormField name="slug" label={t("slugLabel")} hint={options.slugFixed ? t("slugLocked") : t("slugHint")} error={errors.slug}>
          {(control) => (
            <div className={styles.slugRow}>
              <span className={styles.slugPrefix} aria-hidden="true">
                /c/
              </span>
              <input
                {...control}
                type="text"
                value={slug.slug}
                readOnly={options.slugFixed}
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                className={styles.input}
                onChange={(event) => slug.slugChanged(event.target.value)}
              />
            </div>
          )}
        </FormField>
        <input type="hidden" name="slugSuggested" value={slug.suggested ? "1" : ""} />
      </fieldset>
    </>
  );
}
