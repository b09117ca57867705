"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { useDeferredValue } from "react";
import { CampaignStory } from "@/components/campaign/campaign-story";
import styles from "./campaign-editor.module.css";

export type PreviewContent = {
  title: string;
  target: string;
  summary: string;
  story: string;
  language: string;
  /** The target's language when it differs (a translation showing the original's target). */
  targetLanguage?: string;
  /** `lang`: the description's language when it differs from the page's. */
  image: { src: string; alt: string; lang?: string } | null;
};

/**
 * The campaign page as it will look, made of the public page's own pieces (its classes
 * and the same CampaignStory renderer), so what an organizer sees is what signers get.
 */
export function CampaignPreview({ content }: { content: PreviewContent }) {
  const t = useTranslations("startCampaign");
  const tc = useTranslations("campaign");
  // Typing stays quick on a long story: the Markdown re-renders when the browser has time.
  const story = useDeferredValue(content.story);
  return (
    <section className={`card ${styles.preview}`} aria-labelledby="preview-heading" data-testid="campaign-preview">
      <h2 id="preview-heading" className={styles.previewHeading}>
        {t("previewHeading")}
      </h2>
      <p className="field__hint">{t("previewHint")}</p>
      <div className={styles.previewPage}>
        {content.image && (
          <Image
            className="campaign__image"
            src={content.image.src}
            alt={content.image.alt}
            lang={content.image.alt ? (content.image.lang ?? content.language) : undefined}
            width={1200}
            height={630}
            unoptimized
          />
        )}
        <p className="campaign__kicker" style={{ marginTop: "1rem" }}>
          {tc("petitionTo")}
        </p>
        <p className="campaign__target">
          <strong lang={content.target ? (content.targetLanguage ?? content.language) : undefined}>{content.target || t("previewEmptyTarget")}</strong>
        </p>
        <p className={`campaign__title ${styles.previewTitle}`} lang={content.title ? content.language : undefined}>
          {content.title || t("previewEmptyTitle")}
        </p>
        {content.summary && (
          <p className="campaign__summary" lang={content.language}>
            {content.summary}
          </p>
        )}
        <p className={styles.previewStoryHeading}>{tc("storyHeading")}</p>
        <div lang={story.trim() ? content.language : undefined} data-testid="preview-story">
          {story.trim() ? <CampaignStory markdown={story} /> : <p className="field__hint">{t("previewEmptyStory")}</p>}
        </div>
      </div>
    </section>
  );
}
