import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "./language-switcher";
import type { Locale } from "@/lib/i18n/locales";

export async function SiteHeader() {
  const t = await getTranslations("common");
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
        <LanguageSwitcher current={locale} label={t("languageLabel")} />
      </div>
    </header>
  );
}
