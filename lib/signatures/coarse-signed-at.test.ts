import { describe, expect, it } from "vitest";
import { coarseSignedAt } from "./coarse-signed-at";

describe("coarseSignedAt", () => {
  it("floors to ten minutes, without seconds or milliseconds", () => {
    expect(coarseSignedAt(new Date("2025-03-01T12:34:56.789Z"))).toBe("2025-03-01T12:30:00.000Z");
    expect(coarseSignedAt(new Date("2025-03-01T12:30:00.000Z"))).toBe("2025-03-01T12:30:00.000Z");
    expect(coarseSignedAt(new Date("2025-03-01T12:39:59.999Z"))).toBe("2025-03-01T12:30:00.000Z");
  });

  it("gives the same time to everyone who signed in the same ten minutes", () => {
    const times = ["12:40:00.001", "12:43:12.345", "12:49:59.998"].map((time) => coarseSignedAt(new Date(`2025-03-01T${time}Z`)));
    expect(new Set(times)).toEqual(new Set(["2025-03-01T12:40:00.000Z"]));
  });
});
