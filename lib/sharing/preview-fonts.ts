import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Fonts for link-preview images, from npm packages (no download at build or run time, no
 * system fonts): Noto Sans for Latin, Greek and Cyrillic, Noto Sans KR and SC for Korean and
 * Chinese (emoji are pictures, see preview-emoji.ts). Fontsource ships each CJK font cut into
 * about a hundred files by Unicode range (Google Fonts' slices, ~30–90 kB each), so a
 * preview loads only the slices its text needs instead of a 10 MB font per weight.
 */
const FAMILIES = {
  latin: { package: "noto-sans" },
  korean: { package: "noto-sans-kr", satoriLang: "ko-KR" },
  chinese: { package: "noto-sans-sc", satoriLang: "zh-CN" },
} as const satisfies Record<string, { package: string; satoriLang?: string }>;

type Family = keyof typeof FAMILIES;
export type PreviewFontWeight = 400 | 700;
export type SatoriLang = "ko-KR" | "zh-CN";

/** A piece of text drawn at one weight, in one language (a BCP 47 tag such as "ko" or "en"). */
export type TextRun = { text: string; weight: PreviewFontWeight; language?: string };

/** The shape satori's `fonts` option takes. */
export type PreviewFont = { name: string; data: Buffer; weight: PreviewFontWeight; style: "normal"; lang?: SatoriLang };

type Slices = { ranges: [start: number, end: number, key: string][]; found: Map<number, string | undefined> };

/** Satori's locale for a language tag: it picks Korean or Chinese glyph shapes for Han by it. */
export function satoriLangFor(language: string | undefined): SatoriLang | undefined {
  const primary = language?.toLowerCase().split("-")[0];
  if (primary === "ko") return "ko-KR";
  if (primary === "zh") return "zh-CN";
  return undefined;
}

const HANGUL = /\p{Script_Extensions=Hangul}/u;
const HAN = /\p{Script_Extensions=Han}|\p{Script_Extensions=Bopomofo}|[\u3000-\u303f\uff00-\uffef]/u;

/**
 * Which families may draw a character, best first. By script rather than by the slices'
 * ranges alone: Noto Sans SC's ranges claim some Hangul it has no glyph for. Han characters
 * take the shapes of the text's language (Korean hanja or simplified Chinese).
 */
function familiesFor(character: string, language: string | undefined): Family[] {
  if (HANGUL.test(character)) return ["korean"];
  if (HAN.test(character)) return satoriLangFor(language) === "ko-KR" ? ["korean", "chinese"] : ["chinese", "korean"];
  return ["latin", "korean", "chinese"];
}

/** Fontsource's unicode.json: slice name ("[12]", "latin") → "U+0-ff,U+131,…", in the files' order. */
function parseSlices(unicodeJson: Record<string, string>): Slices {
  const ranges: Slices["ranges"] = [];
  for (const [name, list] of Object.entries(unicodeJson)) {
    const key = name.replace(/^\[(\d+)\]$/, "$1");
    for (const range of list.split(",")) {
      const [start = "", end = start] = range.trim().replace(/^U\+/i, "").split("-");
      ranges.push([parseInt(start, 16), parseInt(end, 16), key]);
    }
  }
  return { ranges, found: new Map() };
}

/** The first slice listing a code point, remembered. */
function sliceContaining(slices: Slices, codePoint: number): string | undefined {
  if (!slices.found.has(codePoint)) {
    // Bounded: titles full of characters no slice lists must not grow it without end.
    if (slices.found.size >= 50_000) slices.found.clear();
    const range = slices.ranges.find(([start, end]) => start <= codePoint && codePoint <= end);
    slices.found.set(codePoint, range?.[2]);
  }
  return slices.found.get(codePoint);
}

type Options = {
  /** The folder holding the `@fontsource/*` packages (default: this checkout's node_modules). */
  fontsourceDir?: string;
  /** Font files kept in memory; satori keeps its parsed copy of a file only while we hold its bytes. */
  maxCachedFiles?: number;
};

export type PreviewFontLibrary = ReturnType<typeof createPreviewFontLibrary>;

export function createPreviewFontLibrary({
  fontsourceDir = path.join(process.cwd(), "node_modules", "@fontsource"),
  maxCachedFiles = 200,
}: Options = {}) {
  const slicesByFamily = new Map<Family, Slices>();
  // Insertion order is recency: a hit moves the file to the end, the first one goes first.
  const files = new Map<string, Buffer>();

  function slicesOf(family: Family): Slices {
    let slices = slicesByFamily.get(family);
    if (!slices) {
      const file = path.join(fontsourceDir, FAMILIES[family].package, "unicode.json");
      slices = parseSlices(JSON.parse(readFileSync(file, "utf8")));
      slicesByFamily.set(family, slices);
    }
    return slices;
  }

  function fileFor(family: Family, key: string, weight: number): string {
    const name = FAMILIES[family].package;
    // WOFF2: the smallest of the formats Fontsource ships, and satori decodes it.
    return path.join(fontsourceDir, name, "files", `${name}-${key}-${weight}-normal.woff2`);
  }

  function bytesOf(file: string): Buffer {
    let bytes = files.get(file);
    if (bytes) {
      files.delete(file);
    } else {
      bytes = readFileSync(file);
      if (files.size >= maxCachedFiles) files.delete(files.keys().next().value!);
    }
    files.set(file, bytes);
    return bytes;
  }

  return {
    /**
     * The font files that draw every character of these runs, in satori's order of
     * preference, and the paths they were read from. A character no family has is left
     * out (satori draws a box for it).
     */
    fontsFor(runs: TextRun[]): { fonts: PreviewFont[]; files: string[] } {
      const wanted = new Map<string, { family: Family; key: string; weight: PreviewFontWeight }>();
      for (const run of runs) {
        for (const character of new Set(run.text)) {
          const codePoint = character.codePointAt(0)!;
          for (const family of familiesFor(character, run.language)) {
            const key = sliceContaining(slicesOf(family), codePoint);
            if (key === undefined) continue;
            wanted.set(`${family}/${key}/${run.weight}`, { family, key, weight: run.weight });
            break;
          }
        }
      }
      // Satori tries fonts without a language first, in the order given, then those of the
      // element's language, then the rest: Latin first, each family's slices together.
      const order: Family[] = ["latin", "korean", "chinese"];
      const chosen = [...wanted.values()].sort((a, b) => order.indexOf(a.family) - order.indexOf(b.family));
      const fonts: PreviewFont[] = [];
      const paths: string[] = [];
      for (const { family, key, weight } of chosen) {
        const file = fileFor(family, key, weight);
        const lang = (FAMILIES[family] as { satoriLang?: SatoriLang }).satoriLang;
        fonts.push({ name: `${FAMILIES[family].package}-${key}`, data: bytesOf(file), weight, style: "normal", ...(lang ? { lang } : {}) });
        paths.push(file);
      }
      return { fonts, files: paths };
    },
    /** How many font files are held in memory now. */
    cachedFiles: () => files.size,
  };
}
