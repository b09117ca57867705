import http from "node:http";
import type { AddressInfo } from "node:net";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESOURCE_POLICY } from "../http/content-security-policy";
import { framingFor, widgetFraming } from "../http/framing-policy";
import { stampDocumentPolicy } from "./document-policy-stamp";

const frameworkScript = "self.__next_f.push([1,\"hello\"])";
const injectedScript = "alert(document.cookie)";
const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

// Stands in for Next.js: writes the way its renderer does (headers set, body in pieces).
const routes: Record<string, (res: http.ServerResponse) => void> = {
  "/page": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", '"page-1"');
    res.write("<!DOCTYPE html><html><body><script>");
    res.write(frameworkScript);
    res.end(`</script><script>${injectedScript}</script><script src="/a.js"></script></body></html>`);
  },
  "/write-head": (res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(`<script>${frameworkScript}</script>`);
  },
  "/not-modified": (res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.statusCode = 304;
    res.end();
  },
  // Next.js adds next.config.ts's X-Frame-Options to whatever it sends.
  "/embed/widget": (res) => {
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.writeHead(200, { "Content-Type": "text/html", ETag: '"page-1"' });
    res.end(`<!DOCTYPE html><html><body><script>${frameworkScript}</script><script>${injectedScript}</script><script src="/a.js"></script></body></html>`);
  },
  "/embed/not-modified": (res) => {
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.statusCode = 304;
    res.end();
  },
  "/with-sdk": (res) => {
    res.writeHead(200, { "Content-Type": "text/html" });
    res.end(`<script>${frameworkScript}</script>`);
  },
  "/json": (res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end("{}");
  },
};

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    const framing = framingFor(req.url, widgetFraming("https://blog.example"));
    // As when KakaoTalk sharing is configured (lib/sharing/kakao-sdk.ts).
    const scriptOrigins = req.url === "/with-sdk" ? ["https://t1.kakaocdn.net"] : undefined;
    stampDocumentPolicy(res, { development: false, https: false, framing, scriptOrigins });
    routes[req.url!]!(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const scriptSrc = (policy: string | null) => policy?.split("; ").find((part) => part.startsWith("script-src")) ?? "";

describe("stampDocumentPolicy", () => {
  it("lists the framework's inline scripts by hash, and not an injected one, in a page sent in pieces", async () => {
    const response = await fetch(`${base}/page`);
    const policy = response.headers.get("content-security-policy");
    expect(scriptSrc(policy)).toBe(`script-src 'self' ${sha(frameworkScript)}`);
    expect(await response.text()).toContain(injectedScript);
  });

  it("allows scripts from the origins it is given, beside the page's hashes", async () => {
    const response = await fetch(`${base}/with-sdk`);
    expect(scriptSrc(response.headers.get("content-security-policy"))).toBe(`script-src 'self' ${sha(frameworkScript)} https://t1.kakaocdn.net`);
  });

  it("handles headers given to writeHead", async () => {
    const response = await fetch(`${base}/write-head`);
    expect(scriptSrc(response.headers.get("content-security-policy"))).toContain(sha(frameworkScript));
  });

  it("sends no policy with a 304, so the browser keeps the one of the page it cached", async () => {
    const response = await fetch(`${base}/not-modified`);
    expect(response.status).toBe(304);
    expect(response.headers.get("content-security-policy")).toBeNull();
  });

  it("lets only the widget's page be framed by other sites, and settles X-Frame-Options last", async () => {
    const page = await fetch(`${base}/page`);
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(page.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    // The same bytes and ETag as /page: the policy remembered for /page must not be reused here.
    const widget = await fetch(`${base}/embed/widget`);
    expect(widget.headers.get("content-security-policy")).toContain("frame-ancestors https://blog.example");
    expect(widget.headers.get("content-security-policy")).not.toContain("frame-ancestors 'self'");
    expect(widget.headers.get("x-frame-options")).toBeNull();
    expect(scriptSrc(widget.headers.get("content-security-policy"))).toBe(`script-src 'self' ${sha(frameworkScript)}`);
    const notModified = await fetch(`${base}/embed/not-modified`);
    expect(notModified.headers.get("x-frame-options")).toBeNull();
  });

  it("leaves other responses with the resource policy", async () => {
    const response = await fetch(`${base}/json`);
    expect(response.headers.get("content-security-policy")).toBe(RESOURCE_POLICY);
    expect(await response.text()).toBe("{}");
  });
});
