import "server-only";
import { revalidatePath } from "next/cache";
import { locales } from "../i18n/locales";

/**
 * Drops this process's cached copies of a campaign's public page (one per language: the
 * proxy rewrites /c/slug to /{locale}/c/slug), so the next visitor sees an organizer's
 * change at once instead of after the page's 30-second revalidation. Other processes,
 * and a CDN, still serve theirs until it expires.
 */
export function revalidateCampaignPage(slug: string): void {
  for (const locale of locales) revalidatePath(`/${locale}/c/${slug}`);
}
