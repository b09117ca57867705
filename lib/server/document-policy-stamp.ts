import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import { documentPolicy, inlineScriptHashes } from "../http/content-security-policy";
import { SAME_ORIGIN_FRAMING, type Framing } from "../http/framing-policy";
import { responseChunkBytes } from "./response-chunk";

type StampOptions = {
  development: boolean;
  https: boolean;
  /** Who may frame this response's page (the request's path decides: lib/http/framing-policy.ts). */
  framing?: Framing;
  /** Other origins whose scripts may load (Kakao's SDK, only when KakaoTalk sharing is configured). */
  scriptOrigins?: string[];
};

// Cached pages are served again and again with the same ETag: their policy is computed once.
const policyByEtag = new Map<string, string>();
const MAX_REMEMBERED_POLICIES = 200;

/**
 * Gives every HTML page Next.js sends a Content-Security-Policy that lists the hashes of
 * that page's own framework scripts. Next.js can put per-request nonces into pages only
 * by rendering every page on every request, which would end the campaign page's cache;
 * hashes work for cached pages too. The page is held until it is complete (our pages are
 * small), hashed, and then sent with its policy. The page's framing headers are settled here
 * too, last, because Next.js adds next.config.ts's X-Frame-Options to every response it sends.
 */
export function stampDocumentPolicy(res: ServerResponse, options: StampOptions): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks: Buffer[] = [];
  const framing = options.framing ?? SAME_ORIGIN_FRAMING;
  let mode: "undecided" | "buffer" | "pass" = "undecided";

  const restore = () => Object.assign(res, original);
  const decide = () => {
    if (mode !== "undecided") return mode;
    if (res.statusCode === 304) {
      // A browser applies a 304's headers to the page it kept: that page's policy must stay.
      res.removeHeader("Content-Security-Policy");
      // Nor may it frame-lock a widget page a browser kept.
      if (!framing.xFrameOptions) res.removeHeader("X-Frame-Options");
      mode = "pass";
      restore();
      return mode;
    }
    const type = String(res.getHeader("content-type") ?? "");
    mode = type.startsWith("text/html") && !res.getHeader("content-encoding") ? "buffer" : "pass";
    if (mode === "pass") restore();
    return mode;
  };

  // Headers are only recorded until the body is complete, so the policy can still be added.
  res.writeHead = function writeHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    res.statusCode = statusCode;
    if (typeof rest[0] === "string") res.statusMessage = rest.shift() as string;
    const headers = rest[0] as OutgoingHttpHeaders | string[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    if (decide() === "pass") return original.writeHead.call(res, res.statusCode);
    return res;
  } as ServerResponse["writeHead"];

  res.flushHeaders = function flushHeaders() {
    if (decide() === "pass") original.flushHeaders.call(res);
  };

  res.write = function write(chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (decide() === "pass") return original.write.call(res, chunk as Buffer, encoding as BufferEncoding, callback as () => void);
    chunks.push(responseChunkBytes(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  } as ServerResponse["write"];

  res.end = function end(chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (typeof chunk === "function") [callback, chunk] = [chunk, undefined];
    if (typeof encoding === "function") [callback, encoding] = [encoding, undefined];
    if (decide() === "pass") return original.end.call(res, chunk as Buffer, encoding as BufferEncoding, callback as () => void);
    if (chunk !== undefined && chunk !== null) chunks.push(responseChunkBytes(chunk, encoding));
    const body = Buffer.concat(chunks);
    restore();
    res.setHeader("Content-Security-Policy", policyFor(res, body, { ...options, framing }));
    if (framing.xFrameOptions) res.setHeader("X-Frame-Options", framing.xFrameOptions);
    else res.removeHeader("X-Frame-Options");
    return original.end.call(res, body, "binary", callback as () => void);
  } as ServerResponse["end"];
}

function policyFor(res: ServerResponse, body: Buffer, options: StampOptions & { framing: Framing }): string {
  const etag = res.getHeader("etag");
  const key = typeof etag === "string" ? `${etag}:${body.length}:${options.framing.frameAncestors}` : null;
  const remembered = key ? policyByEtag.get(key) : undefined;
  if (remembered) return remembered;
  const policy = documentPolicy({
    development: options.development,
    https: options.https,
    frameAncestors: options.framing.frameAncestors,
    scriptOrigins: options.scriptOrigins,
    scriptHashes: inlineScriptHashes(body.toString("utf8")),
  });
  if (key) {
    if (policyByEtag.size >= MAX_REMEMBERED_POLICIES) policyByEtag.delete(policyByEtag.keys().next().value!);
    policyByEtag.set(key, policy);
  }
  return policy;
}
