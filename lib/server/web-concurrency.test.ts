import { describe, expect, it } from "vitest";
import { connectionsNeeded, webConcurrency } from "./web-concurrency";

describe("webConcurrency", () => {
  it("runs one web process per core against a database server of one's own", () => {
    expect(webConcurrency({ configured: undefined, embeddedDatabase: false, dev: false, cores: 8 }).count).toBe(8);
  });

  it("runs exactly one with the embedded database", () => {
    expect(webConcurrency({ configured: undefined, embeddedDatabase: true, dev: false, cores: 8 }).count).toBe(1);
  });

  it("runs what WEB_CONCURRENCY says, with either database", () => {
    expect(webConcurrency({ configured: 3, embeddedDatabase: false, dev: false, cores: 8 })).toEqual({ count: 3, reason: "WEB_CONCURRENCY" });
    expect(webConcurrency({ configured: 2, embeddedDatabase: true, dev: false, cores: 8 }).count).toBe(2);
  });

  it("runs one for npm run dev, whatever is asked", () => {
    expect(webConcurrency({ configured: 4, embeddedDatabase: false, dev: true, cores: 8 }).count).toBe(1);
  });

  it("counts each process's pool, rate-limit pool and LISTEN connection", () => {
    expect(connectionsNeeded(4, 10)).toBe(4 * (10 + 8 + 1));
  });
});
