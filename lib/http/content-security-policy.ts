import { createHash } from "node:crypto";
import { isReactStreamingScript } from "./react-streaming-scripts";

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const RSC_BOOTSTRAP = "(self.__next_f=self.__next_f||[]).push([0])";
const RSC_CHUNK = /^self\.__next_f\.push\(([\s\S]*)\);?$/;
const TURBOPACK_CHUNKS = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an inline script is one Next.js or React writes into a page, checked by its whole
 * shape, not its start: the RSC payload (`self.__next_f.push(<JSON>)`), the Turbopack chunk
 * list (`….push(<JSON>)`) and React's streaming scripts (lib/http/react-streaming-scripts.ts).
 * Any other inline script (an injection
 * the escaping missed, say, even one that begins like these) gets no hash and does not run.
 */
export function isFrameworkInlineScript(body: string): boolean {
  if (body === RSC_BOOTSTRAP) return true;
  const data = RSC_CHUNK.exec(body)?.[1] ?? TURBOPACK_CHUNKS.exec(body)?.[1];
  if (data !== undefined) return isJson(data);
  return isReactStreamingScript(body);
}

/** `'sha256-…'` sources for the framework's inline scripts in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (!body || !isFrameworkInlineScript(body)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

type DocumentPolicyOptions = {
  scriptHashes: string[];
  /** `next dev` evaluates code and reloads over a WebSocket. */
  development: boolean;
  /** Behind HTTPS, ask browsers to upgrade any http:// subresource. */
  https: boolean;
  /** Other origins whose scripts may load (Kakao's SDK, only when KakaoTalk sharing is configured). */
  scriptOrigins?: string[];
  /** Who may frame the page: this origin, unless it is the embeddable widget (lib/http/framing-policy.ts). */
  frameAncestors?: string;
};

/**
 * The policy of an HTML page: scripts only from this origin or with a listed hash (so no
 * inline event handlers, no `javascript:` URLs, no eval), nothing loaded from elsewhere,
 * forms posting only here, and framing by this origin only (as X-Frame-Options says), except
 * for the embeddable widget's page.
 * Inline styles stay allowed: React sets style attributes (the progress bar's width).
 */
export function documentPolicy({ scriptHashes, development, https, scriptOrigins = [], frameAncestors = "'self'" }: DocumentPolicyOptions): string {
  const scripts = [...(development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...scriptHashes]), ...scriptOrigins];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * Every other response (JSON, scripts, images, an SVG opened on its own): nothing runs or
 * loads in it if a browser ever shows it as a document.
 */
export const RESOURCE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
