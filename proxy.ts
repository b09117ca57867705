import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { isLocale } from "./lib/i18n/locales";
import { routing } from "./lib/i18n/routing";

const negotiateLocale = createMiddleware(routing);

/**
 * Every page answers at one URL in every language, chosen by the visitor's cookie or
 * browser. `?lang=ko` asks for one language explicitly, for this request only (the
 * cookie is left alone): the address hreflang alternates and search engines use.
 */
export default function proxy(request: NextRequest) {
  const lang = request.nextUrl.searchParams.get("lang");
  if (!isLocale(lang)) return negotiateLocale(request);
  const url = request.nextUrl.clone();
  url.pathname = `/${lang}${url.pathname === "/" ? "" : url.pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Pages only: not the JSON API, uploaded files (/media/), Next.js assets or files with an extension.
  matcher: "/((?!api|media/|_next|_vercel|.*\\..*).*)",
};
