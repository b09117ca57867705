import { describe, expect, it } from "vitest";
import { crashesInARow, restartDelayMs } from "./restart-backoff";

const options = { baseMs: 500, maxMs: 30_000, stableAfterMs: 30_000 };

describe("restart back-off", () => {
  it("replaces a process that ran for a while at once-ish, however often that happened before", () => {
    expect(crashesInARow(7, 45_000, options)).toBe(1);
    expect(restartDelayMs(1, options)).toBe(500);
  });

  it("doubles the wait with each death soon after starting", () => {
    let crashes = 0;
    const delays: number[] = [];
    for (let death = 0; death < 5; death++) {
      crashes = crashesInARow(crashes, 2_000, options);
      delays.push(restartDelayMs(crashes, options));
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000]);
  });

  it("never waits longer than the cap, even after very many crashes", () => {
    expect(restartDelayMs(7, options)).toBe(30_000);
    expect(restartDelayMs(10_000, options)).toBe(30_000);
  });

  it("waits nothing before any crash", () => {
    expect(restartDelayMs(0, options)).toBe(0);
  });
});
