import { describe, expect, it, vi } from "vitest";
import { cacheControlFor, createRenderCache } from "./render-cache";

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("createRenderCache", () => {
  it("serves a render until its time is up, then renders again", async () => {
    const time = clock();
    const cache = createRenderCache<string>({ ttlMs: 300_000, maxEntries: 10, now: time.now });
    const render = vi.fn(async () => `png at ${time.now()}`);

    const first = await cache.get("save/ko", render);
    expect(first).toEqual({ value: "png at 1000000", renderedAt: 1_000_000 });
    time.advance(299_999);
    expect(await cache.get("save/ko", render)).toEqual(first);
    expect(render).toHaveBeenCalledTimes(1);

    time.advance(1);
    expect(await cache.get("save/ko", render)).toEqual({ value: "png at 1300000", renderedAt: 1_300_000 });
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("keeps each key apart", async () => {
    const cache = createRenderCache<string>({ ttlMs: 1_000, maxEntries: 10, now: clock().now });
    expect((await cache.get("a/en", async () => "A"))?.value).toBe("A");
    expect((await cache.get("a/ko", async () => "B"))?.value).toBe("B");
    expect((await cache.get("a/en", async () => "C"))?.value).toBe("A");
  });

  it("gives requests that arrive during a render that same render", async () => {
    const cache = createRenderCache<string>({ ttlMs: 1_000, maxEntries: 10, now: clock().now });
    const pending = deferred<string>();
    const render = vi.fn(() => pending.promise);

    const requests = Array.from({ length: 50 }, () => cache.get("viral/en", render));
    pending.resolve("one png");
    const answers = await Promise.all(requests);

    expect(render).toHaveBeenCalledTimes(1);
    expect(new Set(answers.map((answer) => answer?.value))).toEqual(new Set(["one png"]));
  });

  it("shares a failure with those waiting, but does not keep it", async () => {
    const cache = createRenderCache<string>({ ttlMs: 60_000, maxEntries: 10, now: clock().now });
    const pending = deferred<string>();
    const waiting = [cache.get("k", () => pending.promise), cache.get("k", () => pending.promise)];
    pending.reject(new Error("database down"));
    for (const request of waiting) await expect(request).rejects.toThrow("database down");
    expect(cache.size).toBe(0);
    expect((await cache.get("k", async () => "recovered"))?.value).toBe("recovered");
  });

  it("does not keep 'nothing to render' (an unknown or unpublished campaign)", async () => {
    const cache = createRenderCache<string>({ ttlMs: 60_000, maxEntries: 10, now: clock().now });
    const render = vi.fn(async () => null);
    expect(await cache.get("draft/en", render)).toBeNull();
    expect(cache.size).toBe(0);
    expect(await cache.get("draft/en", async () => "published now")).toEqual({ value: "published now", renderedAt: expect.any(Number) });
  });

  it("holds at most maxEntries, dropping the least recently used", async () => {
    const cache = createRenderCache<string>({ ttlMs: 60_000, maxEntries: 3, now: clock().now });
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key);
    await cache.get("a", async () => "again"); // a is now the most recently used
    await cache.get("d", async () => "d"); // b goes
    expect(cache.size).toBe(3);

    const renders = vi.fn(async () => "new");
    expect((await cache.get("a", renders))?.value).toBe("a");
    expect((await cache.get("c", renders))?.value).toBe("c");
    expect((await cache.get("d", renders))?.value).toBe("d");
    expect(renders).not.toHaveBeenCalled();
    expect((await cache.get("b", renders))?.value).toBe("new");
  });

  it("dates a render from when it began, not when it ended", async () => {
    const time = clock();
    const cache = createRenderCache<string>({ ttlMs: 60_000, maxEntries: 10, now: time.now });
    const result = await cache.get("slow", async () => {
      time.advance(4_000); // reading the count and drawing took 4 s
      return "png";
    });
    expect(result?.renderedAt).toBe(1_000_000);
  });
});

describe("cacheControlFor", () => {
  const budget = { maxStalenessMs: 600_000, marginMs: 30_000 };

  it("lets caches keep a fresh render for the whole budget less the margin", () => {
    expect(cacheControlFor(0, 0, budget)).toBe("public, max-age=570, s-maxage=570");
  });

  it("takes the render's age off, so age + max-age never passes the budget", () => {
    expect(cacheControlFor(0, 299_500, budget)).toBe("public, max-age=270, s-maxage=270");
    for (const age of [0, 1, 999, 1_000, 123_456, 299_999, 569_000]) {
      const maxAge = Number(/max-age=(\d+)/.exec(cacheControlFor(0, age, budget))![1]);
      expect(age + maxAge * 1000).toBeLessThanOrEqual(budget.maxStalenessMs - budget.marginMs);
    }
  });

  it("asks caches to check again once the budget is spent", () => {
    expect(cacheControlFor(0, 569_001, budget)).toBe("no-cache");
    expect(cacheControlFor(0, 900_000, budget)).toBe("no-cache");
  });
});
