import countries from "i18n-iso-countries";
import enNames from "i18n-iso-countries/langs/en.json";
import koNames from "i18n-iso-countries/langs/ko.json";
import zhNames from "i18n-iso-countries/langs/zh.json";
import type { Locale } from "./locales";

countries.registerLocale(enNames);
countries.registerLocale(koNames);
countries.registerLocale(zhNames);

export const countryCodes: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();

export function isCountryCode(code: string): boolean {
  return countries.isValid(code) && /^[A-Z]{2}$/.test(code);
}

/** Countries sorted by their name in the given language. */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const names = countries.getNames(locale, { select: "official" });
  const collator = new Intl.Collator(locale);
  return countryCodes
    .map((code) => ({ code, name: names[code] ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: "official" }) ?? code;
}
