import { describe, expect, it } from "vitest";
import { CAMPAIGN_EDITABLE_FIELDS, editableFields } from "./campaign-lifecycle";

describe("editableFields", () => {
  const never = { publishedAt: null };
  const once = { publishedAt: new Date("2026-11-01T00:00:00Z") };

  it("lets drafts and rejected campaigns change everything", () => {
    expect(editableFields({ status: "DRAFT", ...never })).toEqual(CAMPAIGN_EDITABLE_FIELDS);
    expect(editableFields({ status: "REJECTED", ...never })).toEqual(CAMPAIGN_EDITABLE_FIELDS);
  });

  it("never lets a campaign that has been live change its slug or language", () => {
    for (const campaign of [{ status: "PUBLISHED" as const, ...once }, { status: "REJECTED" as const, ...once }]) {
      expect(editableFields(campaign)).not.toContain("slug");
      expect(editableFields(campaign)).not.toContain("language");
      expect(editableFields(campaign)).toEqual(expect.arrayContaining(["story", "summary", "title", "target", "imageUrl", "goal", "closesAt", "hashtag"]));
    }
  });

  it("locks a campaign in review and one that has ended", () => {
    for (const status of ["IN_REVIEW", "CLOSED", "WON"] as const) expect(editableFields({ status, ...once })).toEqual([]);
  });
});
