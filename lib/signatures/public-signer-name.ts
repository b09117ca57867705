const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]/;

/**
 * The part of a signer's name shown to the public: the first word ("Min-jun Kim" gives
 * "Min-jun"). A Korean, Chinese or Japanese name written without spaces puts the family
 * name first, so only its first character is shown ("김민준" gives "김**").
 */
export function publicSignerName(fullName: string): string {
  const trimmed = fullName.trim();
  const [firstWord = ""] = trimmed.split(/\s+/);
  if (trimmed.includes(" ") || !CJK.test(firstWord)) return firstWord.slice(0, 40);
  const characters = [...firstWord];
  return characters[0] + "*".repeat(Math.min(characters.length - 1, 3));
}
