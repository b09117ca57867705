/**
 * Characters no person types into a form, which either break storage (PostgreSQL refuses
 * NUL in text) or hide what a text really says: C0 and C1 control characters, line and
 * paragraph separators, lone surrogates, private-use characters, invisible format
 * characters (zero-width space, word joiner, byte-order mark, soft hyphen, bidi marks,
 * embeddings, overrides and isolates, tag characters…: the whole Unicode "Cf" category)
 * and the Hangul fillers and combining grapheme joiner that render as nothing.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0]/u;

/**
 * The one exception: zero-width non-joiner and joiner (U+200C, U+200D) are part of
 * correct spelling in Persian, Kurdish and several Indic scripts, and of emoji sequences,
 * so each may stand between two letters, marks or emoji, or after a combining mark (a
 * virama: Malayalam writes some word-final letters as consonant, virama, ZWJ). At the
 * start of a word, beside a space or doubled, they only hide something, and are refused.
 */
const JOINER_IN_WORD =
  /(?<=[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}])[\u200C\u200D](?=[\p{L}\p{M}\p{Extended_Pictographic}])|(?<=\p{M})[\u200C\u200D](?![\u200C\u200D])/gu;

export function containsForbiddenCharacters(value: string): boolean {
  return FORBIDDEN.test(value.replace(JOINER_IN_WORD, ""));
}
