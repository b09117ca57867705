import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPreviewFontLibrary, satoriLangFor } from "./preview-fonts";

const fontsource = path.join(process.cwd(), "node_modules", "@fontsource");
const packageOf = (file: string) => path.relative(fontsource, file).split(path.sep)[0];

describe("createPreviewFontLibrary", () => {
  const library = createPreviewFontLibrary();

  it("reads every font from the npm packages in node_modules, never from the system", () => {
    const { fonts, files } = library.fontsFor([
      { text: "Save my friend 12,345 …", weight: 700, language: "en" },
      { text: "내 친구를 구해 주세요", weight: 700, language: "ko" },
      { text: "救救我的朋友", weight: 400, language: "zh" },
    ]);
    expect(files.length).toBe(fonts.length);
    for (const file of files) {
      expect(file.startsWith(fontsource + path.sep), file).toBe(true);
      expect(file).toMatch(/\.woff2$/);
      expect(existsSync(file)).toBe(true);
    }
    expect(new Set(files.map(packageOf))).toEqual(new Set(["noto-sans", "noto-sans-kr", "noto-sans-sc"]));
    for (const font of fonts) expect(font.data.byteLength).toBeGreaterThan(1_000);
  });

  it("loads only the slices the text needs, once each, at the weight it is drawn in", () => {
    const { files } = library.fontsFor([
      { text: "Save save SAVE", weight: 700 },
      { text: "save", weight: 700 },
    ]);
    expect(files.map((file) => path.basename(file))).toEqual(["noto-sans-latin-700-normal.woff2"]);
    const both = library.fontsFor([{ text: "a", weight: 400 }, { text: "a", weight: 700 }]).files.map((file) => path.basename(file));
    expect(both).toEqual(["noto-sans-latin-400-normal.woff2", "noto-sans-latin-700-normal.woff2"]);
  });

  it("draws Hangul with Noto Sans KR even in Chinese text (Noto Sans SC's ranges list some it cannot draw)", () => {
    const { files, fonts } = library.fontsFor([{ text: "국", weight: 400, language: "zh" }]);
    expect(files.map(packageOf)).toEqual(["noto-sans-kr"]);
    expect(fonts[0]?.lang).toBe("ko-KR");
  });

  it("draws Han in the text's language: simplified Chinese shapes in Chinese, Korean ones in Korean", () => {
    expect(library.fontsFor([{ text: "民", weight: 400, language: "zh" }]).files.map(packageOf)).toEqual(["noto-sans-sc"]);
    expect(library.fontsFor([{ text: "民", weight: 400, language: "ko" }]).files.map(packageOf)).toEqual(["noto-sans-kr"]);
    expect(library.fontsFor([{ text: "民", weight: 400, language: "en" }]).files.map(packageOf)).toEqual(["noto-sans-sc"]);
  });

  it("draws © and ™ with the text font", () => {
    expect(library.fontsFor([{ text: "©™", weight: 400 }]).files.map(packageOf)).toEqual(["noto-sans"]);
  });

  it("orders fonts as satori should try them: Latin, then the CJK families", () => {
    const { files } = library.fontsFor([{ text: "救 국 a", weight: 400, language: "zh" }]);
    expect(files.map(packageOf)).toEqual(["noto-sans", "noto-sans-kr", "noto-sans-sc"]);
  });

  it("keeps at most maxCachedFiles font files in memory", () => {
    const small = createPreviewFontLibrary({ maxCachedFiles: 2 });
    small.fontsFor([{ text: "a 국 救", weight: 400, language: "zh" }]);
    expect(small.cachedFiles()).toBe(2);
  });

  it("leaves out characters no packaged font has (satori draws a box)", () => {
    expect(library.fontsFor([{ text: "\u{E000}", weight: 400 }]).fonts).toEqual([]);
  });
});

describe("satoriLangFor", () => {
  it("maps Korean and Chinese tags to satori's locales and others to none", () => {
    expect(satoriLangFor("ko")).toBe("ko-KR");
    expect(satoriLangFor("zh-Hans")).toBe("zh-CN");
    expect(satoriLangFor("en")).toBeUndefined();
    expect(satoriLangFor(undefined)).toBeUndefined();
  });
});
