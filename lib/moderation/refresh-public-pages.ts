import "server-only";
import { revalidatePath } from "next/cache";
import { locales } from "../i18n/locales";
import { getPageCache } from "../server/page-cache";

/**
 * After a campaign goes live or is taken down: its cached page (in every language) and the
 * home page are rendered afresh on their next visit, so an unpublished campaign disappears
 * at once rather than when the cache would have expired.
 */
export function refreshPublicPages(slug: string): void {
  for (const locale of locales) {
    revalidatePath(`/${locale}/c/${slug}`);
    revalidatePath(`/${locale}`);
  }
  // The server's own second of memory of public pages goes too, so the change shows at once.
  getPageCache().clear();
}
