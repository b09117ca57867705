import "server-only";
import { locales } from "../i18n/locales";
import { refreshPaths, refreshPublicPages } from "../moderation/refresh-public-pages";
import { publicUpdatePath } from "./public-update-paths";

/**
 * After an update is published, corrected or taken down: the cached campaign page (its
 * timeline) and the update's own page, in every language, are rendered afresh on their
 * next visit, as after a story edit, instead of when the 30 s cache would have expired.
 */
export function refreshUpdatePages(slug: string, updateId: string): void {
  refreshPublicPages(slug);
  refreshPaths(locales.map((locale) => `/${locale}${publicUpdatePath(slug, updateId)}`));
}
