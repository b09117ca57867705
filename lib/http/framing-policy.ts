import { locales } from "../i18n/locales";

/**
 * Who may show a response in a frame. Every page refuses other sites (clickjacking: a page
 * with a button can be laid under another site's decoy), except the embeddable widget,
 * which exists to be framed by blogs and NGOs' sites.
 */
export type Framing = {
  /** The CSP `frame-ancestors` sources. */
  frameAncestors: string;
  /** `X-Frame-Options`, for browsers without `frame-ancestors`; null: not sent. */
  xFrameOptions: "SAMEORIGIN" | null;
};

export const SAME_ORIGIN_FRAMING: Framing = { frameAncestors: "'self'", xFrameOptions: "SAMEORIGIN" };

// The widget's paths as Next.js routes them to app/(embed)/: /embed/<slug>, /<locale>/embed/<slug>,
// and the internal spelling /embed/<theme>/<slug>. Segments are the characters of slugs and
// themes only, so a dot segment or an encoded slash can never turn into another page's path.
const LOCALE = locales.join("|");
const EMBED_PATH = new RegExp(`^/(?:(?:${LOCALE})/)?embed/[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)?$`);

/**
 * The path as the router will see it: dot segments resolved (`%2e` included), percent-decoded
 * (`/%65mbed/…` routes to the widget too), runs of slashes made one. Not lower-cased: routes
 * are case-sensitive, and an address that is not exactly the widget's is not framed.
 */
function routedPath(url: string | undefined): string | null {
  const raw = (url ?? "/").split("?", 1)[0]!.replace(/\/{2,}/g, "/");
  try {
    return decodeURIComponent(new URL(raw, "http://chorus.invalid").pathname).replace(/\/{2,}/g, "/");
  } catch {
    return null;
  }
}

/** Whether a request is for the widget's page (any spelling Next.js routes there, and nothing else). */
export function isEmbedPath(url: string | undefined): boolean {
  const path = routedPath(url);
  return path !== null && EMBED_PATH.test(path);
}

/** The widget's framing: the sites allowed to embed it (`embedFrameAncestors`), no X-Frame-Options. */
export const widgetFraming = (frameAncestors: string): Framing => ({ frameAncestors, xFrameOptions: null });

/** The framing a response to `url` gets: the widget's, or this origin only. */
export function framingFor(url: string | undefined, widget: Framing): Framing {
  return isEmbedPath(url) ? widget : SAME_ORIGIN_FRAMING;
}

// An origin a CSP source list accepts, with an optional leading wildcard label: https://blog.example.org,
// http://localhost:8080, https://*.example.net. Nothing that could end the directive (";", quotes, spaces).
const ORIGIN_SOURCE = /^https?:\/\/(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/**
 * `EMBED_ALLOWED_ORIGINS` as `frame-ancestors` sources: unset or `*` lets any site embed the
 * widget; a list (comma- or space-separated origins) lets only those sites and Chorus itself.
 */
export function embedFrameAncestors(raw: string | undefined): string {
  const entries = (raw ?? "").split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0] === "*")) return "*";
  const sources = entries.map((entry) => entry.toLowerCase().replace(/\/$/, ""));
  const bad = sources.find((source) => !ORIGIN_SOURCE.test(source));
  if (bad !== undefined) throw new Error(`"${bad}" is not an origin (like https://blog.example.org or https://*.example.org), nor "*" alone`);
  return ["'self'", ...new Set(sources)].join(" ");
}
