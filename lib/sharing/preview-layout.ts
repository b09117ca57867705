/** The preview image's size: what Facebook, X, LinkedIn and chat apps show large. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
export const PREVIEW_PADDING_X = 64;

const TEXT_WIDTH = PREVIEW_WIDTH - 2 * PREVIEW_PADDING_X;

// Each step fits the same height (lines × size × line height ≈ 220 px).
const TITLE_STEPS = [
  { fontSize: 64, lineHeight: 1.15, maxLines: 3 },
  { fontSize: 54, lineHeight: 1.18, maxLines: 3 },
  { fontSize: 46, lineHeight: 1.2, maxLines: 4 },
] as const;

export type TitleLayout = (typeof TITLE_STEPS)[number];

const WIDE = /\p{Script_Extensions=Han}|\p{Script_Extensions=Hangul}|\p{Script_Extensions=Hiragana}|\p{Script_Extensions=Katakana}|\p{Emoji_Presentation}|[\u3000-\u303f\uff00-\uffef]/u;

/** The title's width in ems at a bold weight, roughly: full-width characters are 1 em. */
export function estimatedWidthEm(text: string): number {
  let width = 0;
  for (const character of text) {
    if (WIDE.test(character)) width += 1;
    else if (character === " ") width += 0.26;
    else if (/[A-Z0-9MW@%&]/.test(character)) width += 0.66;
    else width += 0.56;
  }
  return width;
}

/**
 * The largest title size whose lines fit, with room for words that do not end a line
 * exactly; a title too long even for the smallest is cut after its last line with "…".
 */
export function titleLayout(title: string): TitleLayout {
  const width = estimatedWidthEm(title);
  // Wrapping at word ends leaves part of each line empty (more in Korean, kept whole by word).
  const slack = 1.15;
  const smallest = TITLE_STEPS[TITLE_STEPS.length - 1]!;
  return TITLE_STEPS.find((step) => width * step.fontSize * slack <= TEXT_WIDTH * step.maxLines) ?? smallest;
}

/** How much of the bar is filled: at least a sliver once anyone signed, as on the page. */
export function progressPercent(signatureCount: number, goal: number): number {
  if (goal <= 0) return signatureCount > 0 ? 100 : 0;
  const percent = Math.min(100, Math.floor((signatureCount / goal) * 100));
  return Math.max(percent, signatureCount > 0 ? 1 : 0);
}
