import slugify from "@sindresorhus/slugify";
import { z } from "zod";
import { locales } from "../i18n/locales";

// Shared by the campaign form, its server action and the API: no server-only imports here.

export const CAMPAIGN_SLUG_MIN = 3;
export const CAMPAIGN_SLUG_MAX = 60;
/** A slug made from a title stops here, leaving room for a "-2" style suffix and a short URL. */
const GENERATED_SLUG_MAX = 48;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Words a campaign may not take as its slug: the site's own routes (today's and those a
 * petition site grows), the locale prefixes, and names that would pass for official pages.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...locales,
  // Routes and route prefixes
  "api", "c", "confirm", "dev", "media", "embed", "unsubscribe", "start", "dashboard", "moderation",
  "moderate", "admin", "settings", "account", "accounts", "profile", "auth", "sign-in", "sign-out", "signin",
  "signout", "sign-up", "signup", "login", "logout", "register", "verify", "invite", "invitations",
  "invitation", "join", "new", "edit", "create", "delete", "update", "updates", "preview", "draft", "drafts",
  "report", "reports", "share", "export", "exports", "stats", "search", "explore", "browse", "campaign",
  "campaigns", "petition", "petitions", "sign", "signatures", "victory", "victories", "feed", "rss",
  "atom", "sitemap", "robots", "favicon", "manifest", "well-known", "static", "public", "assets", "images",
  "uploads", "files", "next", "_next", "health", "status", "metrics", "webhook", "webhooks", "oauth",
  "callback", "graphql", "v1", "v2",
  // Pages people expect a site to own
  "about", "terms", "privacy", "help", "support", "contact", "faq", "legal", "cookies", "security",
  "press", "blog", "docs", "guide", "donate", "pricing", "team", "teams", "home", "index", "www",
  "mail", "email", "null", "undefined", "chorus",
]);

/** Whether a slug taken from a URL could be a campaign's: checked before any query. */
export function isWellFormedSlug(value: string): boolean {
  return value.length <= CAMPAIGN_SLUG_MAX && SLUG_PATTERN.test(value);
}

export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}

/** Five base-36 characters: readable, and one in 60 million. */
function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return Array.from(bytes, (byte) => (byte % 36).toString(36)).join("");
}

/** Cut at `max`, back to the last whole word when the cut fell inside one. */
function truncateSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastHyphen = cut.lastIndexOf("-");
  const whole = slug[max] === "-" || lastHyphen < CAMPAIGN_SLUG_MIN ? cut : cut.slice(0, lastHyphen);
  return whole.replace(/-+$/, "");
}

/**
 * A URL-safe lowercase ASCII slug for a title: Latin accents and Cyrillic, Greek and the
 * like are transliterated ("École" gives "ecole"). Scripts with no ASCII spelling (Korean,
 * Chinese) drop out, so a title left with fewer than 3 characters gets `campaign-` and a
 * random suffix; a reserved word keeps its meaning with a suffix ("help-7f3k2").
 */
export function slugFromTitle(title: string, suffix: () => string = randomSuffix): string {
  const slug = truncateSlug(slugify(title, { decamelize: false }), GENERATED_SLUG_MAX);
  if (slug.length < CAMPAIGN_SLUG_MIN) return `campaign-${suffix()}`;
  if (isReservedSlug(slug)) return `${slug}-${suffix()}`;
  return slug;
}

/** `base` with "-n" appended, the base shortened (at a word if it can) so the whole fits. */
export function numberedSlug(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return `${truncateSlug(base, CAMPAIGN_SLUG_MAX - suffix.length)}${suffix}`;
}

// Messages are keys of the `campaignContent` namespace.
export type CampaignSlugMessageKey = "slugTooShort" | "slugTooLong" | "slugInvalid" | "slugReserved";

const message = (key: CampaignSlugMessageKey) => ({ error: () => key });

/** An organizer's chosen slug: trimmed and lower-cased, then checked. */
export const campaignSlugSchema = z
  .string(message("slugInvalid"))
  .trim()
  .toLowerCase()
  .min(CAMPAIGN_SLUG_MIN, message("slugTooShort"))
  .max(CAMPAIGN_SLUG_MAX, message("slugTooLong"))
  .regex(SLUG_PATTERN, message("slugInvalid"))
  .refine((slug) => !isReservedSlug(slug), message("slugReserved"));
