import { describe, expect, it } from "vitest";
import { countryOptions } from "./countries";
import { languageSettings, locales, regionFromLanguages, resolveLocale } from "./locales";

describe("resolveLocale", () => {
  it("prefers the cookie the visitor chose", () => {
    expect(resolveLocale("zh", "ko-KR,ko;q=0.9")).toBe("zh");
  });

  it("falls back to the browser's Accept-Language", () => {
    expect(resolveLocale(undefined, "ko-KR,ko;q=0.9,en;q=0.5")).toBe("ko");
    expect(resolveLocale(undefined, "zh-CN,zh;q=0.9")).toBe("zh");
    expect(resolveLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.4")).toBe("en");
  });

  it("ignores unknown cookies and garbage headers", () => {
    expect(resolveLocale("xx", null)).toBe("en");
    expect(resolveLocale(undefined, ";;;q=,")).toBe("en");
  });
});

describe("regionFromLanguages", () => {
  it("takes the region of the first tag that has one", () => {
    expect(regionFromLanguages(["ko-KR", "en-US"])).toBe("KR");
    expect(regionFromLanguages(["en-GB"])).toBe("GB");
  });

  it("infers the likely region of a bare language", () => {
    expect(regionFromLanguages(["ko"])).toBe("KR");
  });

  it("returns undefined for nothing usable", () => {
    expect(regionFromLanguages([])).toBeUndefined();
    expect(regionFromLanguages(["not a tag!"])).toBeUndefined();
  });
});

// What adding a language to the configuration needs besides its message catalogues (README,
// "Adding a language"): every configured language must be usable everywhere.
describe.each(locales)("the configured language %s", (locale) => {
  it("has its country names registered", () => {
    expect(countryOptions(locale).length).toBeGreaterThan(200);
  });

  it("has valid tags for hreflang and Open Graph", () => {
    const { hreflang, openGraph } = languageSettings[locale];
    expect(Intl.getCanonicalLocales(hreflang)).toEqual([hreflang]);
    expect(openGraph).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
  });

  it("is matched from a browser that asks for it", () => {
    expect(resolveLocale(undefined, `${locale};q=1`)).toBe(locale);
  });
});
