import { describe, expect, it } from "vitest";
import { regionFromLanguages, resolveLocale } from "./locales";

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
