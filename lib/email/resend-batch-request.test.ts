import { describe, expect, it } from "vitest";
import { asciiJson, asciiJsonArrayChunks } from "./resend-batch-request";

describe("asciiJson", () => {
  it("writes the same JSON document with only ASCII bytes", () => {
    const value = [{ subject: "“Free them”: 그들을 석방하라 · 释放他们 😀", html: "<p>a\\nb</p>", text: "line\nline" }];
    const bytes = asciiJson(value);
    expect([...bytes].every((byte) => byte < 0x80)).toBe(true);
    expect(JSON.parse(bytes.toString("utf8"))).toEqual(value);
  });

  it("in chunks, gives the very same bytes (a retried batch's body must not change)", () => {
    const items = [{ a: "한국어 “x”" }, { b: 2 }, { c: ["z"] }];
    expect(Buffer.concat(asciiJsonArrayChunks(items))).toEqual(asciiJson(items));
    expect(Buffer.concat(asciiJsonArrayChunks([]))).toEqual(asciiJson([]));
  });
});
