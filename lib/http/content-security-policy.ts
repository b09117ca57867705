import { createHash } from "node:crypto";

/**
 * The inline scripts Next.js and React write into a page: the RSC payload
 * (`self.__next_f`), the Turbopack chunk list and React's streaming helpers. Only scripts
 * of these shapes are given a hash; any other inline script in a page (an injection the
 * escaping missed, say) gets none, so the browser refuses to run it.
 */
const FRAMEWORK_INLINE_SCRIPT =
  /^(?:self\.__next_f\.push\(|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|\(globalThis\["TURBOPACK"\]|\$R[A-Z]|requestAnimationFrame\(function\(\)\{\$RT)/;

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `'sha256-…'` sources for the framework's inline scripts in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, body] of html.matchAll(INLINE_SCRIPT)) {
    if (!body || !FRAMEWORK_INLINE_SCRIPT.test(body)) continue;
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
};

/**
 * The policy of an HTML page: scripts only from this origin or with a listed hash (so no
 * inline event handlers, no `javascript:` URLs, no eval), nothing loaded from elsewhere,
 * forms posting only here, and framing by this origin only (as X-Frame-Options says).
 * Inline styles stay allowed: React sets style attributes (the progress bar's width).
 */
export function documentPolicy({ scriptHashes, development, https }: DocumentPolicyOptions): string {
  const scripts = development ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", ...scriptHashes];
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
    "frame-ancestors 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * Every other response (JSON, scripts, images, an SVG opened on its own): nothing runs or
 * loads in it if a browser ever shows it as a document.
 */
export const RESOURCE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
