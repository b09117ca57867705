/** What the translations list says of a language: published, a draft, or not translated yet. */
export type TranslationState = "published" | "draft" | "missing";

export function translationState(translation: { isDraft: boolean } | undefined | null): TranslationState {
  if (!translation) return "missing";
  return translation.isDraft ? "draft" : "published";
}
