import { describe, expect, it } from "vitest";
import { containsPattern, MAX_SEARCH_LENGTH, parseCampaignSearch } from "./campaign-search";

describe("parseCampaignSearch", () => {
  it("matches everything when there is nothing to search for", () => {
    expect(parseCampaignSearch(undefined)).toEqual({ kind: "all" });
    expect(parseCampaignSearch("   ")).toEqual({ kind: "all" });
    expect(parseCampaignSearch("\u0000\u200b")).toEqual({ kind: "all" });
  });

  it("searches words of spaced scripts with the full-text index, each as a prefix", () => {
    expect(parseCampaignSearch("Clean  RIVERS")).toEqual({ kind: "words", tsquery: "'clean':* & 'rivers':*" });
  });

  it("keeps tsquery syntax and quotes out of the query", () => {
    expect(parseCampaignSearch("it's river & !lake | (sea):*")).toEqual({
      kind: "words",
      tsquery: "'it':* & 's':* & 'river':* & 'lake':* & 'sea':*",
    });
  });

  it("looks for substrings in Korean and Chinese, and for very short queries", () => {
    expect(parseCampaignSearch("기후 위기")).toEqual({ kind: "substrings", patterns: ["%기후%", "%위기%"] });
    expect(parseCampaignSearch("保护河流")).toEqual({ kind: "substrings", patterns: ["%保护河流%"] });
    expect(parseCampaignSearch("EU")).toEqual({ kind: "substrings", patterns: ["%EU%"] });
  });

  it("takes LIKE wildcards literally", () => {
    expect(parseCampaignSearch("100%")).toEqual({ kind: "words", tsquery: "'100':*" });
    expect(parseCampaignSearch("%_%")).toEqual({ kind: "substrings", patterns: ["%\\%\\_\\%%"] });
    expect(containsPattern("a\\b")).toBe("%a\\\\b%");
  });

  it("ignores what is past the length limit", () => {
    const search = parseCampaignSearch(`${"a".repeat(MAX_SEARCH_LENGTH)}bbbb`);
    expect(search).toEqual({ kind: "words", tsquery: `'${"a".repeat(MAX_SEARCH_LENGTH)}':*` });
  });
});
