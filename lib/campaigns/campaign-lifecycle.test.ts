import { describe, expect, it } from "vitest";
import { CAMPAIGN_EDITABLE_FIELDS, editableFields } from "./campaign-lifecycle";

describe("editableFields", () => {
  it("lets drafts and rejected campaigns change everything", () => {
    expect(editableFields("DRAFT")).toEqual(CAMPAIGN_EDITABLE_FIELDS);
    expect(editableFields("REJECTED")).toEqual(CAMPAIGN_EDITABLE_FIELDS);
  });

  it("never lets a live campaign change its slug or language", () => {
    expect(editableFields("PUBLISHED")).not.toContain("slug");
    expect(editableFields("PUBLISHED")).not.toContain("language");
    expect(editableFields("PUBLISHED")).toEqual(expect.arrayContaining(["story", "summary", "title", "target", "imageUrl", "goal", "closesAt", "hashtag"]));
  });

  it("locks a campaign in review and one that has ended", () => {
    for (const status of ["IN_REVIEW", "CLOSED", "WON"] as const) expect(editableFields(status)).toEqual([]);
  });
});
