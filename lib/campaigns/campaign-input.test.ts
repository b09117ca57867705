import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { locales } from "../i18n/locales";
import { loadMessages } from "../i18n/messages";
import { CAMPAIGN_LIMITS, campaignFormSchema, deadlineFromDate, victoryMessageSchema } from "./campaign-input";

const valid = {
  title: "  Save the river park  ",
  target: "The City Council",
  summary: "Keep the river park green and open.",
  story: "The river park is the last green space here.\r\n\r\nKeep it open for everyone, please.",
  goal: "2,500",
  closesAt: "",
  language: "ko",
  hashtag: "#SaveRiverPark",
  slug: "",
  imageAlt: "",
  intent: "submit",
};

/** The first message of each field that failed. */
function problems(input: Record<string, string>): Record<string, string> {
  const result = campaignFormSchema.safeParse(input);
  if (result.success) return {};
  const found: Record<string, string> = {};
  for (const issue of result.error.issues) found[String(issue.path[0])] ??= issue.message;
  return found;
}

describe("campaignFormSchema", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-29T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("cleans what a form sends into what is stored", () => {
    const parsed = campaignFormSchema.parse({ ...valid, closesAt: "2027-03-31" });
    expect(parsed).toMatchObject({
      title: "Save the river park",
      story: "The river park is the last green space here.\n\nKeep it open for everyone, please.",
      goal: 2500,
      closesAt: new Date("2027-03-31T23:59:59.999Z"),
      language: "ko",
      hashtag: "SaveRiverPark",
      slug: null,
      imageAlt: null,
      intent: "submit",
      slugSuggested: false,
      removeImage: false,
    });
    expect(campaignFormSchema.parse({ ...valid, hashtag: "", intent: "anything", slug: " Save-The-Park " })).toMatchObject({
      hashtag: null,
      intent: "save",
      slug: "save-the-park",
    });
  });

  it("explains each way a goal can be wrong", () => {
    expect(problems({ ...valid, goal: "" })).toEqual({ goal: "goalRequired" });
    expect(problems({ ...valid, goal: "0" })).toEqual({ goal: "goalTooLow" });
    expect(problems({ ...valid, goal: "-50" })).toEqual({ goal: "goalTooLow" });
    expect(problems({ ...valid, goal: "9" })).toEqual({ goal: "goalTooLow" });
    expect(problems({ ...valid, goal: "10000001" })).toEqual({ goal: "goalTooHigh" });
    expect(problems({ ...valid, goal: "99999999999999999999999" })).toEqual({ goal: "goalTooHigh" });
    expect(problems({ ...valid, goal: "1.5" })).toEqual({ goal: "goalNotWhole" });
    expect(problems({ ...valid, goal: "lots" })).toEqual({ goal: "goalNotWhole" });
    expect(problems({ ...valid, goal: "10" })).toEqual({});
    expect(problems({ ...valid, goal: "10 000 000" })).toEqual({});
  });

  it("takes a deadline from today to two years on, as a real day", () => {
    expect(problems({ ...valid, closesAt: "2026-11-28" })).toEqual({ closesAt: "deadlinePast" });
    expect(problems({ ...valid, closesAt: "2026-11-29" })).toEqual({});
    expect(problems({ ...valid, closesAt: "2028-11-29" })).toEqual({});
    expect(problems({ ...valid, closesAt: "2028-11-30" })).toEqual({ closesAt: "deadlineTooFar" });
    expect(problems({ ...valid, closesAt: "2027-02-30" })).toEqual({ closesAt: "deadlineInvalid" });
    expect(problems({ ...valid, closesAt: "next week" })).toEqual({ closesAt: "deadlineInvalid" });
  });

  it("holds every text to its length", () => {
    for (const [field, prefix] of [
      ["title", "title"],
      ["target", "target"],
      ["summary", "summary"],
      ["story", "story"],
    ] as const) {
      const { min, max } = CAMPAIGN_LIMITS[field];
      expect(problems({ ...valid, [field]: "" })).toEqual({ [field]: `${prefix}Required` });
      expect(problems({ ...valid, [field]: "x".repeat(min - 1) })).toEqual({ [field]: `${prefix}TooShort` });
      expect(problems({ ...valid, [field]: "x".repeat(min) })).toEqual({});
      expect(problems({ ...valid, [field]: "x".repeat(max) })).toEqual({});
      expect(problems({ ...valid, [field]: "x".repeat(max + 1) })).toEqual({ [field]: `${prefix}TooLong` });
    }
  });

  it("refuses reserved and malformed slugs, other languages and bad hashtags", () => {
    expect(problems({ ...valid, slug: "admin" })).toEqual({ slug: "slugReserved" });
    expect(problems({ ...valid, slug: "start" })).toEqual({ slug: "slugReserved" });
    expect(problems({ ...valid, slug: "no spaces" })).toEqual({ slug: "slugInvalid" });
    expect(problems({ ...valid, language: "fr" })).toEqual({ language: "languageInvalid" });
    expect(problems({ ...valid, hashtag: "two words" })).toEqual({ hashtag: "hashtagInvalid" });
    expect(problems({ ...valid, hashtag: "강변공원_2027" })).toEqual({});
    expect(problems({ ...valid, hashtag: "x".repeat(51) })).toEqual({ hashtag: "hashtagInvalid" });
  });

  it("refuses control and invisible characters, keeping line breaks where text has them", () => {
    expect(problems({ ...valid, title: "Save\u0000 the park" })).toEqual({ title: "forbiddenCharacters" });
    expect(problems({ ...valid, target: "The\u202E Council" })).toEqual({ target: "forbiddenCharacters" });
    expect(problems({ ...valid, title: "Save\nthe park" })).toEqual({ title: "forbiddenCharacters" });
    expect(problems({ ...valid, story: `${valid.story}\n\n\t- indented item` })).toEqual({});
  });
});

describe("victoryMessageSchema", () => {
  it("needs 10 to 5,000 characters", () => {
    expect(victoryMessageSchema.safeParse("  ").error?.issues[0]?.message).toBe("victoryRequired");
    expect(victoryMessageSchema.safeParse("We won").error?.issues[0]?.message).toBe("victoryTooShort");
    expect(victoryMessageSchema.parse("We **won**!\r\nThank you.")).toBe("We **won**!\nThank you.");
    expect(victoryMessageSchema.safeParse("x".repeat(5_001)).error?.issues[0]?.message).toBe("victoryTooLong");
  });
});

describe("deadlineFromDate", () => {
  it("is the last moment of that day in UTC", () => {
    expect(deadlineFromDate("2027-01-31")?.toISOString()).toBe("2027-01-31T23:59:59.999Z");
    expect(deadlineFromDate("2027-13-01")).toBeNull();
  });
});

describe("the form's messages", () => {
  it.each(locales)("in %s, say the limits the schema enforces", (locale) => {
    const t = loadMessages(locale).startCampaign as Record<string, string>;
    const number = (n: number) => [String(n), n.toLocaleString("en")];
    for (const field of ["title", "target", "summary", "story"] as const) {
      expect(number(CAMPAIGN_LIMITS[field].min).some((n) => t[`${field}TooShort`]!.includes(n))).toBe(true);
      expect(number(CAMPAIGN_LIMITS[field].max).some((n) => t[`${field}TooLong`]!.includes(n))).toBe(true);
    }
    expect(t.goalTooLow).toContain("10");
    expect(t.goalTooHigh).toContain("10,000,000");
  });
});
