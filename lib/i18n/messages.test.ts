import { describe, expect, it } from "vitest";
import { locales } from "./locales";
import { loadMessages, MESSAGE_AREAS, translatorFor } from "./messages";

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  const english = keysOf(loadMessages("en")).sort();

  it.each(locales)("%s has exactly the English keys", (locale) => {
    expect(keysOf(loadMessages(locale)).sort()).toEqual(english);
  });

  it.each(locales)("%s formats plurals and arguments", (locale) => {
    const t = translatorFor(locale, "campaign");
    expect(t("signatures", { count: 1234 })).toMatch(/1,234|1234/);
    expect(translatorFor(locale, "email")("confirmSubject", { title: "T" })).toContain("T");
  });

  it("has no namespace defined by two areas (one would silently replace the other)", () => {
    const namespaces = MESSAGE_AREAS.flatMap((area) => Object.keys(area.en));
    expect(namespaces.filter((namespace, index) => namespaces.indexOf(namespace) !== index)).toEqual([]);
  });

  it("speaks the right language", () => {
    expect(translatorFor("ko", "signForm")("submit")).toBe("청원에 서명하기");
    expect(translatorFor("zh", "signForm")("submit")).toBe("签署请愿");
  });
});
