import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

/**
 * The site's languages: this list is the configuration. Each one is offered in the header,
 * chosen from browsers' Accept-Language, and available for campaign translations. Adding one
 * is described in the README ("Adding a language"): an entry here, its message catalogues
 * (the parity test names every missing key) and its country names.
 */
export const languageSettings = {
  en: { name: "English", openGraph: "en_US", hreflang: "en" },
  ko: { name: "한국어", openGraph: "ko_KR", hreflang: "ko" },
  zh: { name: "中文", openGraph: "zh_CN", hreflang: "zh-Hans" },
} as const satisfies Record<string, { name: string; openGraph: string; hreflang: string }>;

export type Locale = keyof typeof languageSettings;
export const locales = Object.keys(languageSettings) as [Locale, ...Locale[]];
export const defaultLocale: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The names a language switcher shows, each in its own language. */
export const localeNames: Record<Locale, string> = Object.fromEntries(
  locales.map((locale) => [locale, languageSettings[locale].name]),
) as Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A cookie the visitor chose wins; otherwise the browser's Accept-Language. */
export function resolveLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (!acceptLanguage) return defaultLocale;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  try {
    return match(requested, [...locales], defaultLocale) as Locale;
  } catch {
    return defaultLocale;
  }
}

/** The region of the first language tag with one ("ko-KR" gives "KR"), to preselect a country. */
export function regionFromLanguages(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // An unparsable tag says nothing about the region.
    }
  }
  return undefined;
}
