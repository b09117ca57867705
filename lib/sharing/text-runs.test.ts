import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { textRunsOf } from "./text-runs";

describe("textRunsOf", () => {
  it("finds every text with the weight and language it inherits, as CSS would", () => {
    const tree = h(
      "div",
      { lang: "ko", style: { fontSize: 30 } },
      h("span", { style: { fontWeight: 700 } }, "제목"),
      ["명이 ", h("span", { style: { fontWeight: 700 }, lang: "zh" }, 1234), " 서명"],
      null,
      false,
      h("div", { style: { fontWeight: 400 } }, h("span", { lang: "en" }, "Goal")),
    );
    expect(textRunsOf(tree)).toEqual([
      { text: "제목", weight: 700, language: "ko" },
      { text: "명이 ", weight: 400, language: "ko" },
      { text: "1234", weight: 700, language: "zh" },
      { text: " 서명", weight: 400, language: "ko" },
      { text: "Goal", weight: 400, language: "en" },
    ]);
  });
});
