import { describe, expect, it } from "vitest";
import { publicSignerName } from "./public-signer-name";

describe("publicSignerName", () => {
  it("shows only the first word of a spaced name", () => {
    expect(publicSignerName("Min-jun Kim")).toBe("Min-jun");
    expect(publicSignerName("  Ann  Marie Smith ")).toBe("Ann");
    expect(publicSignerName("Zoë")).toBe("Zoë");
    expect(publicSignerName("O'Neil Brown")).toBe("O'Neil");
  });

  it("masks all but the family name of an unspaced CJK name", () => {
    expect(publicSignerName("김민준")).toBe("김**");
    expect(publicSignerName("李华")).toBe("李*");
    expect(publicSignerName("김")).toBe("김");
  });

  it("shows only the initial of an email address typed as the name", () => {
    expect(publicSignerName("ann.smith@example.org")).toBe("A.");
    expect(publicSignerName("victim@example.org Smith")).toBe("V.");
    expect(publicSignerName("김민준@example.kr")).toBe("김.");
  });

  it("shows only the initial of a handle", () => {
    expect(publicSignerName("@ann")).toBe("A.");
    expect(publicSignerName("ann_smith")).toBe("A.");
    expect(publicSignerName("#annsmith")).toBe("A.");
    expect(publicSignerName("ann:smith")).toBe("A.");
  });

  it("shows only the initial of a URL or domain", () => {
    expect(publicSignerName("https://example.org/ann")).toBe("H.");
    expect(publicSignerName("www.example.org")).toBe("W.");
    expect(publicSignerName("example.org")).toBe("E.");
    expect(publicSignerName("example/ann")).toBe("E.");
  });

  it("shows only the initial of a name with digits", () => {
    expect(publicSignerName("ann1987")).toBe("A.");
    expect(publicSignerName("1987")).toBe("?");
  });

  it("shows only the initial of an implausibly long word", () => {
    expect(publicSignerName("x".repeat(200))).toBe("X.");
    expect(publicSignerName(`${"a".repeat(40)} Smith`)).toBe("A.");
  });
});
