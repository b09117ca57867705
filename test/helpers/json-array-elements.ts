const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Where each element of a JSON array lies in `bytes` ([start, end) byte ranges), found by
 * following only strings, brackets and top-level commas; null when the array's own
 * punctuation is wrong. Each element must still be parsed (JSON.parse rejects a malformed
 * one), and then the whole is exactly a document JSON.parse accepts. This lets the Resend
 * stand-in parse a 1.2 MB batch as 100 small strings instead of one large one, which on
 * these virtual machines costs several times more (fresh memory is slow to touch).
 */
export function jsonArrayElements(bytes: Buffer): [number, number][] | null {
  let index = 0;
  while (isSpace(bytes[index])) index++;
  if (bytes[index] !== OPEN_ARRAY) return null;
  const ranges: [number, number][] = [];
  let depth = 0;
  let start = -1;
  for (index++; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (isSpace(byte)) continue;
    if (depth === 0 && (byte === COMMA || byte === CLOSE_ARRAY)) {
      if (start >= 0) ranges.push([start, index]);
      else if (byte === COMMA || ranges.length > 0) return null; // [,  or a trailing comma
      start = -1;
      if (byte === COMMA) continue;
      for (index++; index < bytes.length; index++) if (!isSpace(bytes[index])) return null;
      return ranges;
    }
    if (start < 0) start = index;
    if (byte === QUOTE) {
      // Jump to the closing quote: the next one not escaped by an odd run of backslashes.
      for (;;) {
        index = bytes.indexOf(QUOTE, index + 1);
        if (index < 0) return null;
        let backslashes = 0;
        while (bytes[index - 1 - backslashes] === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) depth++;
    else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
    if (depth < 0) return null;
  }
  return null;
}

/** JSON.parse of an array, element by element (see jsonArrayElements); throws as JSON.parse would. */
export function parseJsonArray(bytes: Buffer): unknown[] {
  const ranges = jsonArrayElements(bytes);
  if (!ranges) throw new SyntaxError("not a JSON array");
  return ranges.map(([start, end]) => JSON.parse(bytes.toString("utf8", start, end)));
}
