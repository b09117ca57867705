/**
 * A download's file name: the campaign's slug, what the file holds and the day (UTC), e.g.
 * `clean-the-han-signers-2026-05-20.csv`. Only ASCII letters, digits and hyphens come from
 * the slug, so the name needs no quoting rules in Content-Disposition.
 */
export function exportFileName(slug: string, kind: string, now: Date): string {
  const safeSlug = slug.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "campaign";
  return `${safeSlug}-${kind}-${now.toISOString().slice(0, 10)}.csv`;
}
