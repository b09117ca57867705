import { containsForbiddenCharacters } from "../text/forbidden-characters";

// Where a signer came from, as a shared link tells it: `?ref=` (the referral code of the
// signature whose link it was), `?src=` (the share button's network) and `utm_*` tags.
// All of it is typed by whoever made the link, so nothing is kept as given: a code that is
// not shaped like ours is dropped, a tag keeps only letters, digits and . _ ~ + - and is cut.

/** Our codes are 12 base64url characters; a little room either way for older ones. */
export const REFERRAL_CODE_PATTERN = /^[A-Za-z0-9_-]{8,32}$/;
export const ATTRIBUTION_TAG_MAX = 64;

/** A referral code as given, or null when it cannot be one of ours. */
export function cleanReferralCode(value: unknown): string | null {
  return typeof value === "string" && REFERRAL_CODE_PATTERN.test(value.trim()) ? value.trim() : null;
}

/** A `src` or `utm_*` value reduced to a short, harmless tag, or null when nothing is left. */
export function cleanAttributionTag(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const tag = value
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}._~+-]/gu, "")
    .slice(0, ATTRIBUTION_TAG_MAX);
  // Letters that show as nothing (a Hangul filler) are refused everywhere else too.
  return tag && !containsForbiddenCharacters(tag) ? tag : null;
}

/** The query parameters of a landing URL that attribution reads, in the form fields' names. */
export const ATTRIBUTION_PARAMS = {
  ref: "ref",
  src: "src",
  utmSource: "utm_source",
  utmMedium: "utm_medium",
  utmCampaign: "utm_campaign",
} as const;

export type AttributionField = keyof typeof ATTRIBUTION_PARAMS;
