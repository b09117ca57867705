import { describe, expect, it } from "vitest";
import { locales } from "../i18n/locales";
import { translatorFor } from "../i18n/messages";
import { campaignImageMessage, type CampaignImageErrorCode } from "./campaign-image-limits";

const codes: CampaignImageErrorCode[] = ["NO_FILE", "TOO_LARGE", "NOT_AN_IMAGE", "WRONG_EXTENSION", "TOO_MANY_PIXELS"];

describe("campaignImageMessage", () => {
  it.each(locales)("explains every refusal in %s, with the limits filled in", (locale) => {
    const t = translatorFor(locale, "campaignContent");
    const texts = codes.map((code) => {
      const { key, values } = campaignImageMessage(code);
      return t(key, values);
    });
    expect(new Set(texts).size).toBe(codes.length);
    expect(texts[1]).toContain("5");
    expect(texts[4]).toContain("50");
    for (const text of texts) expect(text).not.toMatch(/[{}]|campaignContent/);
  });
});
