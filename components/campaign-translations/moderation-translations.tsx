import { getLocale, getTranslations } from "next-intl/server";
import { CampaignStory } from "@/components/campaign/campaign-story";
import { languageNamesIn } from "@/lib/campaigns/translations/language-names";
import type { EditableTranslation } from "@/lib/campaigns/translations/list-campaign-translations";
import styles from "./translations.module.css";

type Props = {
  /** The campaign's own language, shown above as its page. */
  sourceLanguage: string;
  hasImage: boolean;
  translations: readonly EditableTranslation[];
};

/**
 * Below the moderation preview: the campaign in each other language, drafts included and
 * marked, so a moderator has read every word a reader could see before approving it.
 */
export async function ModerationTranslations({ sourceLanguage, hasImage, translations }: Props) {
  const t = await getTranslations("moderationTranslations");
  const nameOf = languageNamesIn(await getLocale());
  const value = (text: string | null, language: string) => (text ? <dd lang={language}>{text}</dd> : <dd className="field__hint">{t("fallsBack")}</dd>);
  return (
    <section className={styles.moderation} aria-labelledby="languages-heading" data-testid="moderation-languages">
      <h2 id="languages-heading">{t("heading")}</h2>
      <p>{translations.length > 0 ? t("intro", { language: nameOf(sourceLanguage) }) : t("none", { language: nameOf(sourceLanguage) })}</p>
      {translations.map((translation) => {
        const headingId = `translation-${translation.language}-heading`;
        return (
          <article key={translation.language} className={`card ${styles.moderationItem}`} aria-labelledby={headingId} data-testid="moderation-translation">
            <h3 id={headingId}>
              {t(translation.isDraft ? "translationHeadingDraft" : "translationHeading", { language: nameOf(translation.language) })}
            </h3>
            <dl>
              <div>
                <dt>{t("titleLabel")}</dt>
                <dd lang={translation.language} className={styles.rowTitle}>
                  {translation.title}
                </dd>
              </div>
              <div>
                <dt>{t("targetLabel")}</dt>
                {value(translation.target, translation.language)}
              </div>
              <div>
                <dt>{t("summaryLabel")}</dt>
                <dd lang={translation.language}>{translation.summary}</dd>
              </div>
              <div>
                <dt>{t("storyLabel")}</dt>
                <dd lang={translation.language}>
                  <CampaignStory markdown={translation.story} />
                </dd>
              </div>
              <div>
                <dt>{t("shareTextLabel")}</dt>
                {value(translation.shareText, translation.language)}
              </div>
              {hasImage && (
                <div>
                  <dt>{t("imageAltLabel")}</dt>
                  {value(translation.imageAlt, translation.language)}
                </div>
              )}
            </dl>
          </article>
        );
      })}
    </section>
  );
}
