import { defineRouting } from "next-intl/routing";
import { defaultLocale, LOCALE_COOKIE, locales } from "./locales";

/**
 * URLs are the same in every language (`localePrefix: "never"`): the proxy picks the
 * locale from the cookie or Accept-Language and rewrites internally to /{locale}/…, so
 * each language's page can be rendered once and served from cache.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "never",
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365, sameSite: "lax" },
  alternateLinks: false,
});
