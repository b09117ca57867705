import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { embedRewrite } from "./lib/embed/embed-paths";
import { isLocale, LOCALE_COOKIE, resolveLocale } from "./lib/i18n/locales";
import { routing } from "./lib/i18n/routing";

const negotiateLocale = createMiddleware(routing);
/** The request header next-intl's middleware hands the locale on in (next-intl/src/shared/constants). */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

/**
 * The embeddable widget (/embed/<slug>, ?theme=, ?lang=) is rewritten here rather than by
 * next-intl: its theme becomes a path segment (cacheable pages), and it never sets the
 * locale cookie, so the widget sets no cookie on anyone's browser from another site.
 */
function rewriteEmbed(request: NextRequest): NextResponse | null {
  const embed = embedRewrite({
    pathname: request.nextUrl.pathname,
    searchParams: request.nextUrl.searchParams,
    negotiateLocale: () => resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language")),
  });
  if (!embed) return null;
  const url = request.nextUrl.clone();
  url.pathname = embed.path;
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, embed.locale);
  return NextResponse.rewrite(url, { request: { headers } });
}

/**
 * Every page answers at one URL in every language, chosen by the visitor's cookie or
 * browser. `?lang=ko` asks for one language explicitly, for this request only (the
 * cookie is left alone): the address hreflang alternates and search engines use.
 */
export default function proxy(request: NextRequest) {
  const embed = rewriteEmbed(request);
  if (embed) return embed;
  const lang = request.nextUrl.searchParams.get("lang");
  if (!isLocale(lang)) return negotiateLocale(request);
  const url = request.nextUrl.clone();
  url.pathname = `/${lang}${url.pathname === "/" ? "" : url.pathname}`;
  // As next-intl's own rewrite does: server actions posted from this page (the sign form)
  // read their locale from this header, so the confirmation email is in the page's language.
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, lang);
  return NextResponse.rewrite(url, { request: { headers } });
}

export const config = {
  // Pages only: not the JSON API, uploaded files (/media/), Next.js assets or files with an extension.
  // The unsubscribe page's token holds a dot ("<id>.<mac>"), which the first pattern takes
  // for a file: it is listed on its own so the page gets its locale too.
  matcher: ["/((?!api|media/|_next|_vercel|.*\\..*).*)", "/unsubscribe/:token"],
};
