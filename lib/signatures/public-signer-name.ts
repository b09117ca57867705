const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/;

// What a first name does not contain: an email address, a handle (@, #, digits, _), a web or
// other address (dots, slashes, colons). Such a word would identify the person beyond a
// first name, so only its initial is shown.
const ADDRESS_OR_HANDLE = /[@#\d._/\\:]|^www|^https?/i;
// No first name is this long; a longer word is more likely an identifier than a name.
const LONGEST_FIRST_NAME = 24;

/**
 * The part of a signer's name shown to the public: the first word ("Min-jun Kim" gives
 * "Min-jun"). A Korean, Chinese or Japanese name written without spaces puts the family
 * name first, so only its first character is shown ("김민준" gives "김**"). A first word that
 * looks like an address or handle ("ann@example.org", "@ann_1", "example.org") gives its
 * initial only ("A.").
 */
export function publicSignerName(fullName: string): string {
  const trimmed = fullName.trim();
  const [firstWord = ""] = trimmed.split(/\s+/);
  const characters = [...firstWord];
  if (ADDRESS_OR_HANDLE.test(firstWord) || characters.length > LONGEST_FIRST_NAME) return initialOf(firstWord);
  if (!trimmed.includes(" ") && CJK.test(firstWord)) {
    return characters[0] + "*".repeat(Math.min(characters.length - 1, 3));
  }
  return firstWord;
}

/** The first letter, upper-cased, then a dot; "?" where the word has no letter at all. */
function initialOf(word: string): string {
  const letter = word.match(/\p{L}/u)?.[0];
  return letter ? `${letter.toLocaleUpperCase()}.` : "?";
}
