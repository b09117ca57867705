import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { editPath, translationPath } from "@/lib/campaigns/organizer-paths";
import { languageNamesIn } from "@/lib/campaigns/translations/language-names";
import type { EditableTranslation } from "@/lib/campaigns/translations/list-campaign-translations";
import { translationState } from "@/lib/campaigns/translations/translation-state";
import { isLocale, localeNames, locales } from "@/lib/i18n/locales";
import styles from "./translations.module.css";

type Props = {
  campaign: { id: string; title: string; language: string };
  translations: readonly EditableTranslation[];
  /** The campaign can be changed now: links add and edit; otherwise they only show. */
  editable: boolean;
};

/** The campaign's own language first, then every other configured one with its translation's state and link. */
export async function TranslationList({ campaign, translations, editable }: Props) {
  const t = await getTranslations("campaignTranslations");
  const format = await getFormatter();
  const nameOf = languageNamesIn(await getLocale());
  const byLanguage = new Map(translations.map((translation) => [translation.language, translation]));
  const others = locales.filter((locale) => locale !== campaign.language);
  // The language's own name beside the reader's word for it ("Korean 한국어"), when they differ.
  const nativeName = (language: string) =>
    isLocale(language) && localeNames[language] !== nameOf(language) ? (
      <span className={styles.nativeName} lang={language}>
        {" "}
        {localeNames[language]}
      </span>
    ) : null;

  return (
    <ul className={styles.list} aria-label={t("listLabel")} data-testid="translation-list">
      <li className={`card ${styles.row}`} data-testid={`language-${campaign.language}`}>
        <div className={styles.rowText}>
          <h2 className={styles.rowHeading}>
            {t("original", { language: nameOf(campaign.language) })}
            {nativeName(campaign.language)}
          </h2>
          <p className="field__hint">{t("originalHint")}</p>
          <p className={styles.rowTitle} lang={campaign.language}>
            {campaign.title}
          </p>
        </div>
        {editable && (
          <Link className={`button button--secondary ${styles.rowLink}`} href={editPath(campaign.id)}>
            {t("editOriginal", { language: nameOf(campaign.language) })}
          </Link>
        )}
      </li>
      {others.map((language) => {
        const translation = byLanguage.get(language);
        const state = translationState(translation);
        const name = nameOf(language);
        const link = editable ? (translation ? "edit" : "add") : translation ? "view" : null;
        return (
          <li key={language} className={`card ${styles.row}`} data-testid={`language-${language}`}>
            <div className={styles.rowText}>
              <h2 className={styles.rowHeading}>
                {name}
                {nativeName(language)}
              </h2>
              <p className={styles.meta}>
                <span className={`${styles.badge} ${styles[state]}`} data-testid="translation-state">
                  {t(`states.${state}`)}
                </span>
                {translation && (
                  <span className="field__hint">
                    {t("updated", {
                      date: format.dateTime(translation.updatedAt, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" }),
                    })}
                  </span>
                )}
              </p>
              {translation && (
                <p className={styles.rowTitle} lang={language}>
                  {translation.title}
                </p>
              )}
            </div>
            {link && (
              <Link className={`button ${link === "add" ? "" : "button--secondary"} ${styles.rowLink}`} href={translationPath(campaign.id, language)}>
                {t(link, { language: name })}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
