/** Longest search text used; the rest is ignored. */
export const MAX_SEARCH_LENGTH = 100;
const MAX_TERMS = 8;

/**
 * How a search box's text is matched against a campaign's title, summary and target:
 * - `words`: PostgreSQL full-text search (the `simple` configuration, served by the
 *   `Campaign_search_idx` GIN index), each word as a prefix, all of them required;
 * - `substrings`: each space-separated term must appear somewhere (ILIKE), for scripts
 *   written without spaces between words (Chinese, Japanese, Thai), for Korean (whose
 *   particles stick to words: "기후를" must match "기후") and for very short queries.
 */
export type CampaignSearch =
  | { kind: "all" }
  | { kind: "words"; tsquery: string }
  | { kind: "substrings"; patterns: string[] };

const UNSPACED_SCRIPTS = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
// Control, format, surrogate and private-use characters: nobody searches for them, and a NUL
// would make PostgreSQL refuse the query.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The term as a LIKE pattern that matches it literally anywhere: `%`, `_` and `\` lose their meaning. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}

export function parseCampaignSearch(raw: string | null | undefined): CampaignSearch {
  const text = (raw ?? "").replace(INVISIBLE, " ").normalize("NFC").trim().slice(0, MAX_SEARCH_LENGTH).trim();
  if (!text) return { kind: "all" };
  const words = text.match(WORD) ?? [];
  if (UNSPACED_SCRIPTS.test(text) || text.length < 3 || words.length === 0) {
    const terms = text.split(/\s+/).slice(0, MAX_TERMS);
    return { kind: "substrings", patterns: terms.map(containsPattern) };
  }
  // Each word holds letters, marks and digits only, so none can carry a tsquery operator or quote.
  const tsquery = words
    .slice(0, MAX_TERMS)
    .map((word) => `'${word.toLowerCase()}':*`)
    .join(" & ");
  return { kind: "words", tsquery };
}
