/** Stored files are served under this path (app/media/[...key]/route.ts). */
export const MEDIA_PATH_PREFIX = "/media/";

/** The public path of a stored file: "campaigns/abc.webp" gives "/media/campaigns/abc.webp". */
export function mediaUrlFor(key: string): string {
  return `${MEDIA_PATH_PREFIX}${key}`;
}

/** The storage key behind a path made by mediaUrlFor, or null for any other URL. */
export function mediaKeyFromUrl(url: string): string | null {
  return url.startsWith(MEDIA_PATH_PREFIX) ? url.slice(MEDIA_PATH_PREFIX.length) : null;
}
