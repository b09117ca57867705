import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "../db";
import { locales } from "../i18n/locales";
import { logError } from "../observability/log-error";
import { getPageCache } from "../server/page-cache";
import { PAGES_CHANGED_CHANNEL } from "../server/page-changes-channel";

/**
 * After a campaign goes live or is taken down: its cached page (in every language) and the
 * home page are rendered afresh on their next visit, so an unpublished campaign disappears
 * at once rather than when the cache would have expired.
 */
export function refreshPublicPages(slug: string): void {
  refreshPaths(locales.flatMap((locale) => [`/${locale}/c/${slug}`, `/${locale}`]));
}

/**
 * Revalidates the paths in this process (Next.js's cache and the page cache) and tells every
 * other process through PostgreSQL, which does the same on hearing it (chorus-server.ts).
 */
export function refreshPaths(paths: string[]): void {
  for (const path of paths) revalidatePath(path);
  getPageCache().clear();
  getDb()
    .$executeRaw`SELECT pg_notify(${PAGES_CHANGED_CHANNEL}, ${JSON.stringify(paths)})`
    .catch((error: unknown) => logError("telling the other processes which pages changed", error));
}
