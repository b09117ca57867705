import { describe, expect, it } from "vitest";
import { createLinePrefixer } from "./process-log-prefix";

describe("createLinePrefixer", () => {
  it("puts the label before every line", () => {
    expect(createLinePrefixer("web 2")("one\ntwo\n")).toBe("[web 2] one\n[web 2] two\n");
  });

  it("prefixes a line once however its text is split across writes", () => {
    const prefix = createLinePrefixer("web 1");
    expect([prefix("Ready "), prefix("in 3 s\nNext"), prefix(" line\n")].join("")).toBe("[web 1] Ready in 3 s\n[web 1] Next line\n");
  });

  it("leaves empty lines empty and empty writes alone", () => {
    const prefix = createLinePrefixer("primary");
    expect(prefix("")).toBe("");
    expect(prefix("\nChorus is running\n\n")).toBe("\n[primary] Chorus is running\n\n");
  });
});
