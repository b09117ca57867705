import { describe, expect, it } from "vitest";
import { publicSignerName } from "./public-signer-name";

describe("publicSignerName", () => {
  it("shows only the first word of a spaced name", () => {
    expect(publicSignerName("Min-jun Kim")).toBe("Min-jun");
    expect(publicSignerName("  Ann  Marie Smith ")).toBe("Ann");
  });

  it("masks all but the family name of an unspaced CJK name", () => {
    expect(publicSignerName("김민준")).toBe("김**");
    expect(publicSignerName("李华")).toBe("李*");
  });

  it("never returns more than 40 characters", () => {
    expect(publicSignerName("x".repeat(200))).toHaveLength(40);
  });
});
