import { describe, expect, it } from "vitest";
import { CAMPAIGN_SLUG_MAX, campaignSlugSchema, isWellFormedSlug, numberedSlug, RESERVED_SLUGS, slugFromTitle } from "./campaign-slug";

const fixed = () => "7f3k2";

describe("slugFromTitle", () => {
  it("makes lowercase ASCII words joined by hyphens, transliterating Latin accents", () => {
    expect(slugFromTitle("Sauvez l'école de Montréal!")).toBe("sauvez-l-ecole-de-montreal");
    expect(slugFromTitle("Zürich & Łódź: Ça va?")).toBe("zuerich-and-lodz-ca-va");
    expect(slugFromTitle("Niño São Paulo")).toBe("nino-sao-paulo");
    expect(slugFromTitle("  Stop the   McMansion  ")).toBe("stop-the-mcmansion");
  });

  it("gives Korean and Chinese titles (no ASCII spelling) a readable fallback with a random suffix", () => {
    expect(slugFromTitle("우리 동네 공원을 지켜주세요", fixed)).toBe("campaign-7f3k2");
    expect(slugFromTitle("保护我们的公园", fixed)).toBe("campaign-7f3k2");
    expect(slugFromTitle("AI 규제", fixed)).toBe("campaign-7f3k2");
    expect(slugFromTitle("우리 동네 공원")).toMatch(/^campaign-[a-z0-9]{5}$/);
    expect(slugFromTitle("Save 우리 park")).toBe("save-park");
  });

  it("draws a different suffix each time", () => {
    const suffixes = new Set(Array.from({ length: 20 }, () => slugFromTitle("公园")));
    expect(suffixes.size).toBeGreaterThan(15);
  });

  it("keeps a reserved word's meaning but never the reserved slug itself", () => {
    expect(slugFromTitle("Help!", fixed)).toBe("help-7f3k2");
    expect(slugFromTitle("API", fixed)).toBe("api-7f3k2");
  });

  it("cuts a long title at a whole word", () => {
    const slug = slugFromTitle("Protect the ancient forests of the northern valleys from the proposed motorway extension");
    expect(slug).toBe("protect-the-ancient-forests-of-the-northern");
    expect(slug.length).toBeLessThanOrEqual(48);
  });

  it("always produces a slug the schema accepts", () => {
    for (const title of ["École", "x", "!!!", "a".repeat(100), "new", "Стоп войне", "Ωmega", "数字 2024 数字"]) {
      expect(campaignSlugSchema.safeParse(slugFromTitle(title)).success, title).toBe(true);
    }
  });
});

describe("numberedSlug", () => {
  it("appends -n and shortens the base so the whole stays within 60 characters", () => {
    expect(numberedSlug("save-the-park", 1)).toBe("save-the-park");
    expect(numberedSlug("save-the-park", 2)).toBe("save-the-park-2");
    const long = `${"word-".repeat(11)}abcd`; // 59 characters
    expect(numberedSlug(long, 12)).toBe(`${"word-".repeat(11).slice(0, -1)}-12`);
    expect(numberedSlug("a".repeat(60), 3)).toBe(`${"a".repeat(58)}-3`);
    expect(numberedSlug(long, 123).length).toBeLessThanOrEqual(CAMPAIGN_SLUG_MAX);
  });
});

describe("campaignSlugSchema", () => {
  const firstMessage = (value: unknown) => {
    const result = campaignSlugSchema.safeParse(value);
    return result.success ? null : result.error.issues[0]?.message;
  };

  it("accepts lowercase words joined by single hyphens, trimming and lower-casing", () => {
    expect(campaignSlugSchema.parse("save-the-park-2")).toBe("save-the-park-2");
    expect(campaignSlugSchema.parse("  Save-The-Park ")).toBe("save-the-park");
  });

  it("refuses what is too short, too long, badly formed or reserved, with campaignContent keys", () => {
    expect(firstMessage("ab")).toBe("slugTooShort");
    expect(firstMessage("a".repeat(61))).toBe("slugTooLong");
    expect(campaignSlugSchema.safeParse("a".repeat(60)).success).toBe(true);
    for (const bad of ["-park", "park-", "save--park", "save_park", "école", "save park", "../etc", "a.b"]) {
      expect(firstMessage(bad), bad).toBe("slugInvalid");
    }
    expect(firstMessage(42)).toBe("slugInvalid");
    for (const reserved of ["api", "dashboard", "sign-in", "media", "about", "sign-out", "new", "edit"]) {
      expect(firstMessage(reserved), reserved).toBe("slugReserved");
    }
  });

  it("reserves the routes the site has", () => {
    for (const route of ["api", "c", "confirm", "dev", "media", "embed", "unsubscribe", "auth", "start", "moderation"]) {
      expect(RESERVED_SLUGS.has(route), route).toBe(true);
    }
  });
});

describe("isWellFormedSlug", () => {
  it("accepts what a campaign's slug can be and refuses odd characters from a URL", () => {
    expect(isWellFormedSlug("save-my-friend")).toBe(true);
    expect(isWellFormedSlug("a".repeat(CAMPAIGN_SLUG_MAX))).toBe(true);
    for (const odd of ["", "a".repeat(CAMPAIGN_SLUG_MAX + 1), "Save", "a b", "../etc", "a%00", "a\0", "캠페인", "a.png", "-a"]) {
      expect(isWellFormedSlug(odd), odd).toBe(false);
    }
  });
});
