import { describe, expect, it } from "vitest";
import { createSignDurationTracker } from "./sign-duration-tracker";

describe("createSignDurationTracker", () => {
  it("follows real signatures' durations with a weighted average", () => {
    const tracker = createSignDurationTracker({ initialMs: 20, weight: 0.5, random: () => 0.5 });
    expect(tracker.decoyDelayMs()).toBe(20);
    tracker.record(60);
    expect(tracker.decoyDelayMs()).toBe(40);
    tracker.record(40);
    expect(tracker.decoyDelayMs()).toBe(40);
  });

  it("spreads decoy delays a quarter either side of the typical duration", () => {
    expect(createSignDurationTracker({ initialMs: 100, random: () => 0 }).decoyDelayMs()).toBe(75);
    expect(createSignDurationTracker({ initialMs: 100, random: () => 0.999999 }).decoyDelayMs()).toBeCloseTo(125, 3);
  });

  it("ignores nonsense and caps one stalled request", () => {
    const tracker = createSignDurationTracker({ initialMs: 20, weight: 0.5, random: () => 0.5 });
    tracker.record(Number.NaN);
    tracker.record(-5);
    expect(tracker.decoyDelayMs()).toBe(20);
    tracker.record(1_000_000);
    expect(tracker.decoyDelayMs()).toBe(5010);
  });
});
