// X counts a post's length with weights (twitter-text v3): most Latin, Greek, Cyrillic and
// general punctuation count 1, everything else (Hangul, Han, kana…) counts 2, an emoji
// counts 2 however many code points it has, and any URL counts 23. A post may weigh 280.

export const X_MAX_WEIGHT = 280;
export const X_URL_WEIGHT = 23;

const LIGHT_RANGES: [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const ELLIPSIS = "…";

const graphemes = (text: string): string[] =>
  Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text), (part) => part.segment);

function graphemeWeight(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2;
  let weight = 0;
  for (const character of grapheme) {
    const code = character.codePointAt(0)!;
    weight += LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return weight;
}

/** The weight X gives a text without URLs. */
export function xWeight(text: string): number {
  return graphemes(text.normalize("NFC")).reduce((sum, grapheme) => sum + graphemeWeight(grapheme), 0);
}

/**
 * The text part of a post that also carries one URL and the hashtag (X adds both with a
 * space each), cut to fit 280: at a whole grapheme (never inside a surrogate pair, an emoji
 * sequence or a Hangul syllable block), back to a word break when a space is near, and
 * marked with an ellipsis.
 */
export function textForX(text: string, hashtag: string | null): string {
  const normalized = text.normalize("NFC").trim();
  const budget = X_MAX_WEIGHT - (X_URL_WEIGHT + 1) - (hashtag ? xWeight(`#${hashtag}`) + 1 : 0);
  if (xWeight(normalized) <= budget) return normalized;

  const parts = graphemes(normalized);
  const room = budget - xWeight(ELLIPSIS);
  let weight = 0;
  let end = 0;
  while (end < parts.length && weight + graphemeWeight(parts[end]!) <= room) weight += graphemeWeight(parts[end++]!);
  let kept = parts.slice(0, end);
  // Cut at the last space when it keeps most of the text (words stay whole in spaced scripts).
  const lastSpace = kept.findLastIndex((part) => /\s/u.test(part));
  if (lastSpace > kept.length * 0.7) kept = kept.slice(0, lastSpace);
  return `${kept.join("").trimEnd()}${ELLIPSIS}`;
}
