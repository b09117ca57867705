import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import styles from "./site-header.module.css";
import type { Locale } from "@/lib/i18n/locales";

export async function SiteHeader() {
  const t = await getTranslations("common");
  const th = await getTranslations("home");
  const locale = (await getLocale()) as Locale;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◆
          </span>
          {t("brand")}
        </Link>
        <Link href="/start" className={styles.start}>
          {th("startCampaign")}
        </Link>
        <LanguageSwitcher current={locale} label={t("languageLabel")} />
      </div>
    </header>
  );
}
