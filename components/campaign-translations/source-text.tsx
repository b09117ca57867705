import { useTranslations } from "next-intl";
import styles from "./translations.module.css";

export type SourceCampaignText = {
  language: string;
  /** The language's name in the reader's language. */
  languageName: string;
  title: string;
  target: string;
  summary: string;
  story: string;
  shareText: string | null;
  imageAlt: string | null;
};

/** The campaign's own words, folded under the translation form's top, to translate side by side. */
export function SourceText({ source }: { source: SourceCampaignText }) {
  const t = useTranslations("campaignTranslations");
  const rows: [string, string | null, boolean?][] = [
    [t("sourceTitle"), source.title],
    [t("sourceSummaryLabel"), source.summary],
    [t("sourceStory"), source.story, true],
    [t("sourceTarget"), source.target],
    [t("sourceShareText"), source.shareText],
    [t("sourceImageAlt"), source.imageAlt],
  ];
  return (
    <details className={styles.source} data-testid="source-text">
      <summary>{t("sourceSummary", { language: source.languageName })}</summary>
      <p className="field__hint">{t("sourceHint")}</p>
      <dl>
        {rows
          .filter(([, value]) => value)
          .map(([label, value, markdown]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd lang={source.language}>{markdown ? <pre className={styles.markdown}>{value}</pre> : value}</dd>
            </div>
          ))}
      </dl>
    </details>
  );
}
