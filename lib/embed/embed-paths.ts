import { isLocale, type Locale } from "../i18n/locales";

// Shared by proxy.ts, the widget's pages and the snippet: no server-only imports here.

export const EMBED_THEMES = ["auto", "light", "dark"] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** `?theme=dark|light`; anything else follows the visitor's `prefers-color-scheme`. */
export function embedTheme(value: unknown): EmbedTheme {
  return EMBED_THEMES.includes(value as EmbedTheme) ? (value as EmbedTheme) : "auto";
}

/** The public address of a campaign's widget, the one the snippet frames. */
export const embedPath = (slug: string) => `/embed/${encodeURIComponent(slug)}`;

// /embed/<slug> and /<locale>/embed/<slug>, after percent-decoding (as next-intl decodes).
const PUBLIC_EMBED_PATH = /^\/(?:([a-z]{2})\/)?embed\/([^/]+)\/?$/;

function decoded(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

type EmbedRequest = {
  pathname: string;
  searchParams: URLSearchParams;
  /** The visitor's language from the cookie or Accept-Language, asked only when the address names none. */
  negotiateLocale: () => Locale;
};

/**
 * Where proxy.ts rewrites a widget request: `/<locale>/embed/<theme>/<slug>`. The theme is a
 * path segment rather than a search parameter the page reads, so each campaign's widget is
 * rendered once per language and theme and served from cache like the campaign page. The
 * language comes from `?lang=`, else a locale prefix, else the visitor's browser. Returns the
 * locale too: server actions learn it from a request header, not from the path.
 */
export function embedRewrite({ pathname, searchParams, negotiateLocale }: EmbedRequest): { path: string; locale: Locale } | null {
  const path = decoded(pathname);
  const match = path === null ? null : PUBLIC_EMBED_PATH.exec(path);
  if (!match) return null;
  const [, prefix, slug] = match;
  if (prefix !== undefined && !isLocale(prefix)) return null;
  const lang = searchParams.get("lang");
  const locale = isLocale(lang) ? lang : (prefix as Locale | undefined) ?? negotiateLocale();
  const theme = embedTheme(searchParams.get("theme"));
  return { path: `/${locale}/embed/${theme}/${encodeURIComponent(slug!)}`, locale };
}
