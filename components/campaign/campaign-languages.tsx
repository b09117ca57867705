import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, localeNames } from "@/lib/i18n/locales";
import type { LocalizedCampaign } from "@/lib/campaigns/translations/localize-campaign";
import styles from "./campaign-languages.module.css";

type Props = { slug: string; localized: LocalizedCampaign };

/**
 * Which languages the campaign reads in, with a link to each other one. Said whenever the
 * campaign has more than one, or when the visitor's language had to fall back to its own.
 * The links carry `?lang=`, so they open that language without changing the visitor's choice.
 */
export async function CampaignLanguages({ slug, localized }: Props) {
  const others = localized.languages.filter((language) => language !== localized.language);
  if (others.length === 0 && !localized.isFallback) return null;
  const locale = await getLocale();
  const t = await getTranslations("campaignLanguages");
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const nameOf = (language: string) => names.of(language) ?? language;

  return (
    <section className={styles.languages} aria-labelledby="campaign-languages-heading" data-testid="campaign-languages">
      <h2 id="campaign-languages-heading" className="visually-hidden">
        {t("heading")}
      </h2>
      <p>
        {localized.isFallback
          ? t("fallback", { requested: nameOf(locale), language: nameOf(localized.language) })
          : t("readingIn", { language: nameOf(localized.language) })}
      </p>
      {others.length > 0 && (
        <p>
          {t("alsoIn")}{" "}
          {others.map((language, index) => (
            <span key={language}>
              {index > 0 && " · "}
              <a
                href={`/c/${encodeURIComponent(slug)}?lang=${language}`}
                hrefLang={language}
                lang={language}
                aria-label={t("readIn", { language: isLocale(language) ? localeNames[language] : language })}
              >
                {isLocale(language) ? localeNames[language] : language}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
