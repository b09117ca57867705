import { describe, expect, it } from "vitest";
import { milestoneTemplate, reachedCountMilestones } from "./milestone-rules";

describe("reachedCountMilestones", () => {
  it("passes each threshold at exactly its count, smallest first", () => {
    expect(reachedCountMilestones(99, 1000)).toEqual([]);
    expect(reachedCountMilestones(100, 1000)).toEqual(["first-100"]);
    expect(reachedCountMilestones(499, 1000)).toEqual(["first-100"]);
    expect(reachedCountMilestones(500, 1000)).toEqual(["first-100", "half-goal"]);
    expect(reachedCountMilestones(1000, 1000)).toEqual(["first-100", "half-goal", "goal"]);
    expect(reachedCountMilestones(10_000, 1000)).toEqual(["first-100", "half-goal", "goal", "10000"]);
    expect(reachedCountMilestones(100_000, 1000)).toEqual(["first-100", "half-goal", "goal", "10000", "100000"]);
  });

  it("orders by threshold when the goal is small or large", () => {
    // Goal 50: half the goal (25) and the goal come before the first 100.
    expect(reachedCountMilestones(100, 50)).toEqual(["half-goal", "goal", "first-100"]);
    // Goal 50,000: half is 25,000, after 10,000.
    expect(reachedCountMilestones(30_000, 50_000)).toEqual(["first-100", "10000", "half-goal"]);
    // An odd goal rounds half up: 1001 → 501.
    expect(reachedCountMilestones(500, 1001)).toEqual(["first-100"]);
    expect(reachedCountMilestones(501, 1001)).toEqual(["first-100", "half-goal"]);
  });

  it("names each milestone's email template", () => {
    expect(milestoneTemplate("first-100")).toBe("milestoneEmail.first100");
    expect(milestoneTemplate("deadline")).toBe("milestoneEmail.deadline");
  });
});
