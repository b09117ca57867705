import { describe, expect, it } from "vitest";
import { effectiveGoal } from "./effective-goal";

describe("effectiveGoal", () => {
  it("keeps the goal until it is reached", () => {
    expect(effectiveGoal(999, 1000, false)).toBe(1000);
  });

  it("raises a reached goal to the next sensible step", () => {
    expect(effectiveGoal(1000, 1000, false)).toBe(2500);
    expect(effectiveGoal(2600, 1000, false)).toBe(5000);
    expect(effectiveGoal(9999, 5000, false)).toBe(10000);
    expect(effectiveGoal(175_000, 100_000, false)).toBe(250_000);
    expect(effectiveGoal(7, 5, false)).toBe(10);
    expect(effectiveGoal(2, 2, false)).toBe(5);
  });

  it("never lowers the organizer's goal", () => {
    expect(effectiveGoal(3000, 4000, false)).toBe(4000);
  });

  it("keeps a fixed goal even when it is passed", () => {
    expect(effectiveGoal(5000, 1000, true)).toBe(1000);
  });
});
