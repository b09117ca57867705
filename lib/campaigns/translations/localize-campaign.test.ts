import { describe, expect, it } from "vitest";
import { localizeCampaign, type CampaignSource, type StoredTranslation } from "./localize-campaign";

const source: CampaignSource = {
  language: "en",
  title: "Save my friend",
  summary: "Thirteen refugees face forced return.",
  story: "The story in English.",
  target: "The Government of China",
  shareText: "Sign for their safe passage",
  imageAlt: "Candles at dusk",
};

const korean: StoredTranslation = {
  language: "ko",
  title: "내 친구를 구해 주세요",
  summary: "탈북민 13명이 강제 북송될 위기에 있습니다.",
  story: "한국어 이야기.",
  target: "중화인민공화국 정부",
  shareText: "서명해 주세요",
  imageAlt: "해 질 녘의 촛불",
  isDraft: false,
};

const chineseDraft: StoredTranslation = { ...korean, language: "zh", title: "救救我的朋友", story: "中文故事。", isDraft: true };

describe("localizeCampaign", () => {
  it("shows a published translation in the asked-for language, every field from it", () => {
    const localized = localizeCampaign(source, [korean], "ko");
    expect(localized.language).toBe("ko");
    expect(localized.isFallback).toBe(false);
    expect(localized.text).toEqual({
      title: korean.title,
      summary: korean.summary,
      story: korean.story,
      target: korean.target,
      shareText: korean.shareText,
      imageAlt: korean.imageAlt,
    });
    expect(localized.fieldLanguage).toEqual({ target: "ko", shareText: "ko", imageAlt: "ko" });
  });

  it("falls back to the source language, and says so, when there is no translation", () => {
    const localized = localizeCampaign(source, [korean], "zh");
    expect(localized.language).toBe("en");
    expect(localized.isFallback).toBe(true);
    expect(localized.text.title).toBe(source.title);
    expect(localized.text.story).toBe(source.story);
  });

  it("is not a fallback in the campaign's own language", () => {
    const localized = localizeCampaign(source, [korean], "en");
    expect(localized).toMatchObject({ language: "en", isFallback: false, text: { title: source.title } });
  });

  it("never shows a draft publicly, but does in a preview that asks for drafts", () => {
    expect(localizeCampaign(source, [chineseDraft], "zh")).toMatchObject({ language: "en", isFallback: true, languages: ["en"] });
    expect(localizeCampaign(source, [chineseDraft], "zh", { includeDrafts: true })).toMatchObject({
      language: "zh",
      isFallback: false,
      text: { title: "救救我的朋友", story: "中文故事。" },
    });
  });

  it("takes an empty target, share text or image description from the source, with its language", () => {
    const partial = { ...korean, target: null, shareText: null, imageAlt: null };
    const localized = localizeCampaign(source, [partial], "ko");
    expect(localized.text).toMatchObject({ title: korean.title, target: source.target, shareText: source.shareText, imageAlt: source.imageAlt });
    expect(localized.fieldLanguage).toEqual({ target: "en", shareText: "en", imageAlt: "en" });
  });

  it("lists the campaign's own language first, then the published ones in configured order", () => {
    const chinese = { ...chineseDraft, isDraft: false };
    const koreanSource: CampaignSource = { ...source, language: "ko" };
    const english = { ...korean, language: "en" };
    expect(localizeCampaign(source, [chinese, korean], "en").languages).toEqual(["en", "ko", "zh"]);
    expect(localizeCampaign(koreanSource, [chinese, english], "ko").languages).toEqual(["ko", "en", "zh"]);
  });

  it("ignores a stored language that is no longer configured, and a row in the source's own language", () => {
    const french = { ...korean, language: "fr", title: "Sauvez mon amie" };
    const sameAsSource = { ...korean, language: "en", title: "Shadow English" };
    const localized = localizeCampaign(source, [french, sameAsSource], "fr");
    expect(localized).toMatchObject({ language: "en", isFallback: true, languages: ["en"], text: { title: source.title } });
    expect(localizeCampaign(source, [sameAsSource], "en").text.title).toBe(source.title);
  });
});
