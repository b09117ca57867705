/**
 * A language's name in the reader's language ("Korean" for an English page, "한국어" for a
 * Korean one), for labels such as "Add Korean translation". Intl knows every language, so a
 * newly configured one needs no new message.
 */
export function languageNamesIn(displayLocale: string): (language: string) => string {
  const names = new Intl.DisplayNames([displayLocale], { type: "language" });
  return (language) => {
    try {
      return names.of(language) ?? language;
    } catch {
      // A code Intl cannot parse is shown as it is.
      return language;
    }
  };
}
