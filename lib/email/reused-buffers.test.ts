import { describe, expect, it } from "vitest";
import { createBufferPool } from "./reused-buffers";

describe("createBufferPool", () => {
  it("hands back memory given back, and never memory still out", () => {
    const pool = createBufferPool({ keep: 2, roundTo: 1024 });
    const first = pool.take(1000);
    const second = pool.take(10);
    expect(first.length).toBe(1000);
    expect(second.buffer).not.toBe(first.buffer);
    pool.give(first);
    const third = pool.take(900);
    expect(third.buffer).toBe(first.buffer);
    expect(third.length).toBe(900);
    expect(pool.take(900).buffer).not.toBe(first.buffer); // third still has it
  });

  it("keeps only its own memory, once, and at most `keep` of it", () => {
    const pool = createBufferPool({ keep: 1, roundTo: 1024 });
    const foreign = Buffer.from("shares Node's small-buffer pool");
    pool.give(foreign);
    expect(pool.take(10).buffer).not.toBe(foreign.buffer);
    const [a, b] = [pool.take(10), pool.take(10)];
    pool.give(a);
    pool.give(a);
    pool.give(b);
    expect(pool.take(10).buffer).toBe(a.buffer);
    expect(pool.take(10).buffer).not.toBe(b.buffer);
  });
});
