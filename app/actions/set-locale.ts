"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * Remembers the chosen language and reloads the page the visitor was on (same URL: the
 * proxy now rewrites it to the new language). Works without JavaScript too.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  redirect(samePagePath((await headers()).get("referer"), (await headers()).get("host")));
}

/** The path of the referring page when it is on this site, else the home page. */
function samePagePath(referer: string | null, host: string | null): string {
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    // A language asked for in the address (?lang=) would outvote the one just chosen.
    url.searchParams.delete("lang");
    const path = `${url.pathname}${url.search}`;
    // "//other.site" or "/\\other.site" would leave the site.
    return url.host === host && !/^\/[\\/]/.test(path) ? path : "/";
  } catch {
    return "/";
  }
}
