import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { getEnv } from "../env";
import { LOCALE_COOKIE } from "../i18n/locales";
import { responseChunkBytes } from "./response-chunk";

type Options = {
  /** How long a page is served from here; Next.js's own cache decides what is in it. */
  ttlMs?: number;
  /** The most response bytes kept; the oldest entries go first. */
  maxBytes?: number;
  now?: () => number;
};

type Entry = { expiresAt: number; status: number; headers: OutgoingHttpHeaders; body: Buffer };

// Requests that ask for something other than the plain document, or whose answer may depend
// on who asks: they always go to Next.js.
const PASS_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
  "x-nextjs-data",
  "x-prerender-revalidate",
  "authorization",
  "range",
  "if-none-match",
  "if-modified-since",
];

/** Only the language cookie may come along: it is part of the key. Any other cookie (a session, say) passes. */
function onlyLocaleCookie(cookie: string | undefined): string | null {
  if (!cookie) return "";
  let locale: string | null = null;
  for (const pair of cookie.split(";")) {
    const [name, value = ""] = pair.split("=", 2).map((part) => part.trim());
    if (name !== LOCALE_COOKIE || locale !== null) return null;
    locale = value;
  }
  return locale;
}

/**
 * A second's memory of the pages Next.js marks as shared-cacheable (the campaign page, the
 * home page), in front of Next.js: what a CDN would do, here in the process, so the busiest
 * page costs about as much as a plain node:http answer instead of a trip through Next.js's
 * proxy, router and cache. The key holds everything the answer can depend on for a visitor
 * without cookies: the host (as sent and as forwarded), the URL, the language cookie and headers
 * the language is chosen from, and the encodings accepted. Only complete 200 HTML answers without Set-Cookie are kept, exactly
 * as sent (compressed, with their Content-Security-Policy).
 */
export function createPageCache({ ttlMs = 2_000, maxBytes = 64 * 2 ** 20, now = Date.now }: Options = {}) {
  const entries = new Map<string, Entry>();
  let bytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
  };

  const store = (key: string, entry: Entry) => {
    if (entry.body.length > maxBytes / 8) return;
    remove(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    // A Map keeps insertion order: the first key is the oldest entry.
    while (bytes > maxBytes) remove(entries.keys().next().value!);
  };

  return {
    /** The key for a request that may be answered from here, or null. */
    keyFor(req: IncomingMessage): string | null {
      if (req.method !== "GET") return null;
      const headers = req.headers;
      for (const name of PASS_HEADERS) if (headers[name] !== undefined) return null;
      const locale = onlyLocaleCookie(headers.cookie);
      if (locale === null) return null;
      return [
        headers.host ?? "",
        headers["x-forwarded-host"] ?? "",
        headers["x-forwarded-proto"] ?? "",
        req.url ?? "/",
        locale,
        headers["accept-language"] ?? "",
        headers["sec-fetch-dest"] ?? "",
        headers["accept-encoding"] ?? "",
      ].join("\n");
    },

    /** Answers from memory; false when there is nothing fresh for the key. */
    serve(key: string, res: ServerResponse): boolean {
      const entry = entries.get(key);
      if (!entry) return false;
      if (entry.expiresAt <= now()) {
        remove(key);
        return false;
      }
      // Next.js's own header says whether its cache answered: this answer is a cached one too.
      const cacheHeader = entry.headers["x-nextjs-cache"] !== undefined ? { "x-nextjs-cache": "HIT" } : {};
      res.writeHead(entry.status, { ...entry.headers, ...cacheHeader, "content-length": entry.body.length });
      res.end(entry.body);
      return true;
    },

    /**
     * Keeps the answer to this response once it is complete, if it may be shared. Called
     * before compression wraps the response, so what is kept is what went out.
     */
    capture(key: string, res: ServerResponse): void {
      const chunks: Buffer[] = [];
      const { write, end } = res;
      let complete = true;
      res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        if (chunk) chunks.push(responseChunkBytes(chunk, rest[0]));
        return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as ServerResponse["write"];
      res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
        if (chunk && typeof chunk !== "function") chunks.push(responseChunkBytes(chunk, rest[0]));
        return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      } as ServerResponse["end"];
      res.once("close", () => {
        if (!res.writableFinished) complete = false;
      });
      res.once("finish", () => {
        if (!complete || !mayShare(res)) return;
        const headers = { ...res.getHeaders() };
        // Set afresh on every answer.
        delete headers.date;
        delete headers["transfer-encoding"];
        delete headers.connection;
        delete headers["keep-alive"];
        store(key, { expiresAt: now() + ttlMs, status: res.statusCode, headers, body: Buffer.concat(chunks) });
      });
    },

    /** Forgets every page: after a campaign or update changed (see refreshPublicPages). */
    clear() {
      entries.clear();
      bytes = 0;
    },

    size: () => entries.size,
  };
}

function mayShare(res: ServerResponse): boolean {
  if (res.statusCode !== 200 || res.hasHeader("set-cookie")) return false;
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return false;
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return /\bs-maxage=\d/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl);
}

export type PageCache = ReturnType<typeof createPageCache>;

const globalForPages = globalThis as unknown as { chorusPageCache?: PageCache };

/** This process's page cache: the server serves from it, and a change to a public page clears it. */
export function getPageCache(): PageCache {
  globalForPages.chorusPageCache ??= createPageCache({ ttlMs: getEnv().PAGE_CACHE_TTL_MS });
  return globalForPages.chorusPageCache;
}
