import { describe, expect, it } from "vitest";
import { embedPath, embedRewrite, embedTheme } from "./embed-paths";

const rewrite = (pathname: string, search = "", negotiated: "en" | "ko" | "zh" = "en") =>
  embedRewrite({ pathname, searchParams: new URLSearchParams(search), negotiateLocale: () => negotiated });

describe("embedRewrite", () => {
  it("rewrites a widget address to its language and theme", () => {
    expect(rewrite("/embed/save-my-friend")).toEqual({ path: "/en/embed/auto/save-my-friend", locale: "en" });
    expect(rewrite("/embed/save-my-friend", "theme=dark", "ko")).toEqual({ path: "/ko/embed/dark/save-my-friend", locale: "ko" });
    expect(rewrite("/embed/save-my-friend/", "theme=light")?.path).toBe("/en/embed/light/save-my-friend");
    expect(rewrite("/embed/save-my-friend", "theme=purple")?.path).toBe("/en/embed/auto/save-my-friend");
  });

  it("takes the language from ?lang=, then a locale prefix, then the visitor", () => {
    expect(rewrite("/zh/embed/x", "", "ko")?.path).toBe("/zh/embed/auto/x");
    expect(rewrite("/zh/embed/x", "lang=en", "ko")?.path).toBe("/en/embed/auto/x");
    expect(rewrite("/embed/x", "lang=fr", "ko")?.path).toBe("/ko/embed/auto/x");
  });

  it("decodes the path as next-intl does, and encodes the slug again", () => {
    expect(rewrite("/%65mbed/x")?.path).toBe("/en/embed/auto/x");
    expect(rewrite("/embed/a%20b")?.path).toBe("/en/embed/auto/a%20b");
  });

  it("leaves every other address to next-intl", () => {
    for (const path of ["/", "/c/x", "/embed", "/embed/", "/embed/a/b", "/fr/embed/x", "/embed/a%2Fb", "/embed/%E0%A4%A", "/embedx/y"]) {
      expect(rewrite(path), path).toBeNull();
    }
  });
});

describe("embedTheme and embedPath", () => {
  it("know the themes and the public address", () => {
    expect(embedTheme("dark")).toBe("dark");
    expect(embedTheme("light")).toBe("light");
    expect(embedTheme(undefined)).toBe("auto");
    expect(embedTheme("DARK")).toBe("auto");
    expect(embedPath("save-my-friend")).toBe("/embed/save-my-friend");
  });
});
