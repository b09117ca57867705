import { createRequire } from "node:module";
import type { PageCache } from "./page-cache";

type TagsManifest = Map<string, { expired?: number; stale?: number }>;

const require = createRequire(import.meta.url);

/**
 * Next.js's record of expired cache tags in this process: its cache checks every page it
 * serves against it (`areTagsExpired`), and `revalidatePath` writes to it, but only in the
 * process that called it. It is an internal module of Next.js 16 (kept outside its bundles so
 * all of a process's code shares it); `page-changes.integration` in the e2e suite fails if a
 * Next.js upgrade moves it.
 */
function nextTagsManifest(): TagsManifest {
  return (require("next/dist/server/lib/incremental-cache/tags-manifest.external") as { tagsManifest: TagsManifest }).tagsManifest;
}

/**
 * What `revalidatePath(path)` does to this process's caches, for a change made in another
 * process: Next.js's cached copies of these paths (`/en/c/slug`…) are rendered afresh on their
 * next visit, and the page cache forgets every page.
 */
export function expirePagesInThisProcess(paths: string[], pageCache: Pick<PageCache, "clear">): void {
  const manifest = nextTagsManifest();
  const now = Date.now();
  for (const path of paths) {
    const tag = `_N_T_${path.replace(/\/+$/, "") || "/"}`;
    manifest.set(tag, { ...manifest.get(tag), expired: now });
    if (tag === "_N_T_/") manifest.set("_N_T_/index", { ...manifest.get("_N_T_/index"), expired: now });
  }
  pageCache.clear();
}

/** The paths in a notification, or none when it is not ours. */
export function pathsInNotification(payload: string): string[] {
  try {
    const paths: unknown = JSON.parse(payload);
    return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === "string" && path.startsWith("/")) : [];
  } catch {
    return [];
  }
}
