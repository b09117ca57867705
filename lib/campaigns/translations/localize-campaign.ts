import { locales } from "../../i18n/locales";

/** The words of a campaign that exist per language. */
export type CampaignText = {
  title: string;
  summary: string;
  story: string;
  target: string;
  shareText: string | null;
  imageAlt: string | null;
};

/** One translation as stored; the optional fields fall back to the source's. */
export type StoredTranslation = {
  language: string;
  title: string;
  summary: string;
  story: string;
  target: string | null;
  shareText: string | null;
  imageAlt: string | null;
  isDraft: boolean;
};

export type CampaignSource = CampaignText & { language: string };

export type LocalizedCampaign = {
  text: CampaignText;
  /** The language of the title, summary and story shown. */
  language: string;
  /** The language of each field that may come from the source when the translation left it empty. */
  fieldLanguage: { target: string; shareText: string; imageAlt: string };
  /** The languages the campaign reads in, its own first, then the others in configured order. */
  languages: string[];
  /** The asked-for language has no text, so the source is shown. */
  isFallback: boolean;
};

type LocalizeOptions = {
  /** Published translations only, unless drafts are asked for (organizers' and moderators' previews). */
  includeDrafts?: boolean;
};

/**
 * A campaign in the asked-for language: its translation there when one is published (or
 * any, with `includeDrafts`), otherwise its own text. A translation's empty target, share
 * text or image description falls back to the source's, field by field. Languages no
 * longer configured are never shown.
 */
export function localizeCampaign(
  source: CampaignSource,
  translations: readonly StoredTranslation[],
  requested: string,
  { includeDrafts = false }: LocalizeOptions = {},
): LocalizedCampaign {
  const usable = translations.filter(
    (translation) =>
      (includeDrafts || !translation.isDraft) &&
      translation.language !== source.language &&
      (locales as readonly string[]).includes(translation.language),
  );
  const languages = [
    source.language,
    ...locales.filter((locale) => usable.some((translation) => translation.language === locale)),
  ];
  const chosen = requested === source.language ? undefined : usable.find((translation) => translation.language === requested);
  const sourceText: CampaignText = {
    title: source.title,
    summary: source.summary,
    story: source.story,
    target: source.target,
    shareText: source.shareText,
    imageAlt: source.imageAlt,
  };
  if (!chosen) {
    return {
      text: sourceText,
      language: source.language,
      fieldLanguage: { target: source.language, shareText: source.language, imageAlt: source.language },
      languages,
      isFallback: requested !== source.language,
    };
  }
  const pick = <K extends "target" | "shareText" | "imageAlt">(field: K) =>
    chosen[field] ? { value: chosen[field], language: chosen.language } : { value: sourceText[field], language: source.language };
  const target = pick("target");
  const shareText = pick("shareText");
  const imageAlt = pick("imageAlt");
  return {
    text: {
      title: chosen.title,
      summary: chosen.summary,
      story: chosen.story,
      target: target.value as string,
      shareText: shareText.value,
      imageAlt: imageAlt.value,
    },
    language: chosen.language,
    fieldLanguage: { target: target.language, shareText: shareText.language, imageAlt: imageAlt.language },
    languages,
    isFallback: false,
  };
}
