import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAME_ORIGIN_FRAMING } from "../http/framing-policy";
import { createPageCache } from "./page-cache";
import { serveThroughNext } from "./serve-through-next";

const page = `<!DOCTYPE html><html><body><h1>${"Save my friend ".repeat(200)}</h1><script>self.__next_f.push([1,"x"])</script></body></html>`;
let rendered = 0;
let now = 0;

// Stands in for Next.js: answers the way it answers a cached page (or not, per path).
const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  "/c/shared": (req, res) => {
    rendered++;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "s-maxage=30, stale-while-revalidate=31535970");
    res.setHeader("ETag", '"shared-1"');
    res.setHeader("x-nextjs-cache", rendered === 1 ? "MISS" : "HIT");
    res.write(page.slice(0, 100));
    res.end(`${page.slice(100)}<!-- ${req.headers["accept-language"] ?? ""} #${rendered} -->`);
  },
  "/c/with-cookie": (_req, res) => {
    rendered++;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "s-maxage=30");
    res.setHeader("Set-Cookie", "NEXT_LOCALE=ko; Path=/");
    res.end(page);
  },
  "/dashboard": (_req, res) => {
    rendered++;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.end(page);
  },
  "/missing": (_req, res) => {
    rendered++;
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "s-maxage=30");
    res.end(page);
  },
};

const cache = createPageCache({ ttlMs: 2_000, now: () => now });
const handle = serveThroughNext(
  async (req, res) => {
    routes[req.url!.split("?")[0]!]!(req, res);
  },
  { development: false, https: false, pageCache: cache },
);
const server = http.createServer((req, res) => void handle(req, res, SAME_ORIGIN_FRAMING));
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  cache.clear();
  rendered = 0;
  now = 0;
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("the page cache", () => {
  it("answers a shared page from memory, exactly as it went out the first time", async () => {
    const first = await get("/c/shared", { "accept-language": "en" });
    const second = await get("/c/shared", { "accept-language": "en" });
    expect(rendered).toBe(1);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    expect(second.headers["content-security-policy"]).toContain("'sha256-");
    expect(second.headers.etag).toBe('"shared-1"');
    expect(second.headers["content-length"]).toBe(String(first.body.length));
    expect(first.headers["x-nextjs-cache"]).toBe("MISS");
    expect(second.headers["x-nextjs-cache"]).toBe("HIT");
  });

  it("keeps each language and each encoding apart, compressed once", async () => {
    const gzipped = await get("/c/shared", { "accept-language": "ko", "accept-encoding": "gzip" });
    const plain = await get("/c/shared", { "accept-language": "ko" });
    const korean = await get("/c/shared", { "accept-language": "ko", "accept-encoding": "gzip" });
    const english = await get("/c/shared", { "accept-language": "en", "accept-encoding": "gzip" });
    expect(rendered).toBe(3);
    expect(korean.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(korean.body).toString()).toContain("<!-- ko #1 -->");
    expect(plain.body.toString()).toContain("<!-- ko #2 -->");
    expect(gunzipSync(english.body).toString()).toContain("<!-- en #3 -->");
    expect(gzipped.body.equals(korean.body)).toBe(true);
  });

  it("renders again once the entry is older than its time, and after clear()", async () => {
    await get("/c/shared");
    now = 1_999;
    await get("/c/shared");
    expect(rendered).toBe(1);
    now = 2_000;
    await get("/c/shared");
    expect(rendered).toBe(2);
    cache.clear();
    await get("/c/shared");
    expect(rendered).toBe(3);
  });

  it("keeps no answer that sets a cookie, is private or is not a 200", async () => {
    for (const path of ["/c/with-cookie", "/dashboard", "/missing"]) {
      await get(path);
      await get(path);
    }
    expect(rendered).toBe(6);
    expect(cache.size()).toBe(0);
  });

  it("sends requests with a session, a router header or a condition to Next.js", async () => {
    await get("/c/shared");
    const passing: Record<string, string>[] = [
      { cookie: "authjs.session-token=abc" },
      { cookie: "authjs.session-token=abc" },
      { cookie: "NEXT_LOCALE=en; authjs.session-token=abc" },
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "if-none-match": '"shared-1"' },
      { "if-none-match": '"shared-1"' },
      { "x-prerender-revalidate": "on-demand" },
      { "x-prerender-revalidate": "on-demand" },
    ];
    for (const headers of passing) {
      await get("/c/shared", headers);
    }
    // Each of them, even asked twice alike, was rendered.
    expect(rendered).toBe(10);
    // The language cookie alone is part of the key, not a reason to pass.
    await get("/c/shared", { cookie: "NEXT_LOCALE=zh" });
    await get("/c/shared", { cookie: "NEXT_LOCALE=zh" });
    expect(rendered).toBe(11);
  });

  it("keeps at most its byte budget, dropping the oldest pages", async () => {
    const small = createPageCache({ maxBytes: 8 * 4_000, now: () => now });
    const handleSmall = serveThroughNext(
      async (_req, res) => {
        rendered++;
        res.setHeader("Content-Type", "text/html");
        res.setHeader("Cache-Control", "s-maxage=30");
        res.end("x".repeat(3_900));
      },
      { development: false, https: false, pageCache: small },
    );
    const smallServer = http.createServer((req, res) => void handleSmall(req, res, SAME_ORIGIN_FRAMING));
    await new Promise<void>((resolve) => smallServer.listen(0, "127.0.0.1", resolve));
    const identity = { headers: { "accept-encoding": "identity" } };
    const smallBase = `http://127.0.0.1:${(smallServer.address() as AddressInfo).port}`;
    for (const path of ["/a", "/b", "/c", "/d", "/e", "/f", "/g", "/h", "/i"]) await fetch(`${smallBase}${path}`, identity).then((res) => res.text());
    expect(small.size()).toBe(8);
    // The oldest went first.
    await fetch(`${smallBase}/a`, identity).then((res) => res.text());
    await fetch(`${smallBase}/i`, identity).then((res) => res.text());
    expect(rendered).toBe(10);
    smallServer.closeAllConnections();
    await new Promise((resolve) => smallServer.close(resolve));
  });
});
