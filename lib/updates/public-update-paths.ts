// The public addresses of a campaign's updates, named once (pages, links, metadata, revalidation).

export function publicUpdatePath(slug: string, updateId: string): string {
  return `/c/${encodeURIComponent(slug)}/updates/${updateId}`;
}
