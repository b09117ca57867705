import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const locales = ["en", "ko", "zh"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** The names a language switcher shows, each in its own language. */
export const localeNames: Record<Locale, string> = { en: "English", ko: "한국어", zh: "中文" };

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
