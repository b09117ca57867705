import { describe, expect, it } from "vitest";
import { createLocalAllowance, localAllowanceFor } from "./local-allowance";

describe("the local allowance", () => {
  it("charges nothing within the allowance, then the backlog at once, then one by one", () => {
    const local = createLocalAllowance({ allowance: 3, windowMs: 60_000, now: () => 0 });
    expect([1, 2, 3].map(() => local.charge("a"))).toEqual([0, 0, 0]);
    expect(local.charge("a")).toBe(4);
    expect(local.charge("a")).toBe(1);
    expect(local.charge("a")).toBe(1);
    // Another key has its own allowance.
    expect(local.charge("b")).toBe(0);
  });

  it("starts afresh when the window has passed", () => {
    let now = 0;
    const local = createLocalAllowance({ allowance: 1, windowMs: 60_000, now: () => now });
    expect(local.charge("a")).toBe(0);
    expect(local.charge("a")).toBe(2);
    now = 60_000;
    expect(local.charge("a")).toBe(0);
  });

  it("gives new keys no allowance while it remembers as many as it may", () => {
    let now = 0;
    const local = createLocalAllowance({ allowance: 5, windowMs: 1_000, maxKeys: 2, now: () => now });
    expect(local.charge("a")).toBe(0);
    expect(local.charge("b")).toBe(0);
    expect(local.charge("c")).toBe(1);
    expect(local.size()).toBe(2);
    now = 1_000;
    // Expired keys make room.
    expect(local.charge("c")).toBe(0);
    expect(local.size()).toBe(1);
  });

  it("is a tenth of the limit, between 1 and 5", () => {
    expect([1, 3, 10, 30, 1000].map(localAllowanceFor)).toEqual([1, 1, 1, 3, 5]);
  });
});
