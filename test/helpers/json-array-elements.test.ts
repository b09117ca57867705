import { describe, expect, it } from "vitest";
import { parseJsonArray } from "./json-array-elements";

const parsesLikeJson = (text: string) => {
  let expected: unknown;
  try {
    expected = JSON.parse(text);
  } catch {
    expected = "throws";
  }
  let actual: unknown;
  try {
    actual = parseJsonArray(Buffer.from(text));
  } catch {
    actual = "throws";
  }
  return { expected: Array.isArray(expected) || expected === "throws" ? expected : "throws", actual };
};

describe("parseJsonArray", () => {
  it.each([
    "[]",
    " [ ] ",
    '[{"a":"b,c]}"},{"d":[1,2,{"e":"\\"],"}]}]',
    '[{"s":"back\\\\"},{"t":"\\\\\\""}]',
    '[1, "x", null, [], {}, [[1],[2]], "한 😀 \\u00e9"]',
    '\n[ {"from":"a@b","to":["c@d"]} ,\n {"x":1} ]\n',
    // malformed
    "",
    "{}",
    "[",
    "[1,]",
    "[,1]",
    "[1,,2]",
    "[1 2]",
    '[{"a":1}}]',
    '[{"a":1]',
    '[{"a":"open]',
    '[{"a":"\\"}]',
    "[1] x",
    "[1]]",
    "[1],[2]",
    "[01]",
    '[{"a":1,}]',
  ])("agrees with JSON.parse on %j", (text) => {
    const { expected, actual } = parsesLikeJson(text);
    expect(actual).toEqual(expected);
  });
});
