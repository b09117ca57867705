import { describe, expect, it } from "vitest";
import { maskEmail } from "./mask-email";

describe("maskEmail", () => {
  it("keeps the first character and the domain only", () => {
    expect(maskEmail("mina.kim@example.org")).toBe("m•••@example.org");
    expect(maskEmail("a@b.co")).toBe("a•••@b.co");
    expect(maskEmail("not-an-address")).toBe("•••");
  });
});
