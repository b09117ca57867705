import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Emoji in preview images, as Twemoji's pictures (the `@twemoji/svg` package: one SVG per
 * emoji, sequences, skin tones, flags and keycaps included; graphics CC-BY 4.0 by Twitter and
 * the Twemoji contributors). Satori draws each as an image the size of the text. Not a font:
 * satori resolves a font once per UTF-16 high surrogate, so emoji from different slices of a
 * sliced emoji font came out as boxes, and Noto Emoji's wide space left gaps after them.
 */
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
// Emoji by default, or asked for: with VS16, a keycap, a ZWJ sequence, a skin tone or a flag.
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F|\u20E3|\u200D|\p{Regional_Indicator}/u;
// Symbols that are text by default and that text fonts draw: ©, ®, ™, arrows.
const TEXT_SYMBOLS = /^[\u00A9\u00AE\u2122\u2190-\u21FF]$/u;

/** Whether a grapheme is drawn as an emoji picture. A text-style request (U+FE0E) is honoured. */
export function isEmojiGrapheme(grapheme: string): boolean {
  if (grapheme.includes("\uFE0E") || !PICTOGRAPHIC.test(grapheme)) return false;
  if (EMOJI_PRESENTATION.test(grapheme)) return true;
  return !TEXT_SYMBOLS.test(grapheme);
}

/** Twemoji's file name: code points in hex, without VS16 unless the emoji is a ZWJ sequence. */
export function twemojiName(grapheme: string, keepVariationSelector = grapheme.includes("\u200D")): string {
  const text = keepVariationSelector ? grapheme : grapheme.replace(/\uFE0F/g, "");
  return Array.from(text, (character) => character.codePointAt(0)!.toString(16)).join("-");
}

type Options = {
  /** The `@twemoji/svg` package folder (default: this checkout's node_modules). */
  twemojiDir?: string;
  /** Pictures kept in memory (1–5 kB each). */
  maxCached?: number;
};

export type PreviewEmoji = ReturnType<typeof createPreviewEmoji>;

export function createPreviewEmoji({
  twemojiDir = path.join(process.cwd(), "node_modules", "@twemoji", "svg"),
  maxCached = 500,
}: Options = {}) {
  // Insertion order is recency; null remembers an emoji Twemoji has no picture for.
  const pictures = new Map<string, string | null>();

  function read(name: string): string | null {
    try {
      return `data:image/svg+xml;base64,${readFileSync(path.join(twemojiDir, `${name}.svg`)).toString("base64")}`;
    } catch {
      return null;
    }
  }

  function pictureOf(grapheme: string): string | null {
    let picture = pictures.get(grapheme);
    if (picture === undefined) {
      // A ZWJ sequence's file may or may not keep its VS16s: try both spellings.
      const names = new Set([twemojiName(grapheme), twemojiName(grapheme, false), twemojiName(grapheme, true)]);
      picture = null;
      for (const name of names) if ((picture = read(name))) break;
      if (pictures.size >= maxCached) pictures.delete(pictures.keys().next().value!);
    } else {
      pictures.delete(grapheme);
    }
    pictures.set(grapheme, picture);
    return picture;
  }

  return {
    /**
     * Satori's `graphemeImages` for these texts, and the texts without those emoji (what
     * is left needs fonts). An emoji Twemoji lacks stays in the text: it is drawn as a box.
     */
    split(texts: string[]): { graphemeImages: Record<string, string>; textOnly: string[] } {
      const graphemeImages: Record<string, string> = {};
      const textOnly = texts.map((text) => {
        let rest = "";
        for (const { segment } of segmenter.segment(text)) {
          const picture = isEmojiGrapheme(segment) ? pictureOf(segment) : null;
          if (picture) graphemeImages[segment] = picture;
          else rest += segment;
        }
        return rest;
      });
      return { graphemeImages, textOnly };
    },
  };
}
