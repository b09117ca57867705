import { describe, expect, it } from "vitest";
import { updateExcerpt } from "./update-excerpt";

describe("updateExcerpt", () => {
  it("keeps the words and drops markup, pictures, raw HTML and scripts", () => {
    const markdown = [
      "## We delivered it",
      "We handed **12,000** signatures to the _co-chair_.",
      "![pixel](https://tracker.example/p.gif)",
      "<script>window.__pwned = true</script><img src=x onerror=alert(1)>",
      "- [Read the letter](https://example.org/letter)",
      "1. Next step",
    ].join("\n");
    expect(updateExcerpt(markdown)).toBe("We delivered it We handed 12,000 signatures to the co-chair . Read the letter Next step");
  });

  it("cuts long text with an ellipsis", () => {
    const excerpt = updateExcerpt("word ".repeat(100), 20);
    expect(excerpt).toHaveLength(20);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});
