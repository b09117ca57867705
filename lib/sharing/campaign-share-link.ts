import type { ShareSource } from "./share-networks";

type LinkOptions = {
  /** The campaign's plain public address, `${APP_URL}/c/<slug>`: it opens in each reader's language. */
  campaignUrl: string;
  /** The sharer's own referral code, when they have one (after signing or confirming). */
  referralCode?: string | null;
  source: ShareSource;
};

/**
 * The address a share button hands out: the campaign's plain URL with `?ref=<code>` when
 * the sharer has one and `src=<network>`, the two parameters the sign form reads back
 * (see components/campaign/referral-field.tsx). Nothing else: no language, no `confirmed=1`.
 */
export function campaignShareLink({ campaignUrl, referralCode, source }: LinkOptions): string {
  const url = new URL(campaignUrl);
  url.search = "";
  url.hash = "";
  if (referralCode) url.searchParams.set("ref", referralCode);
  url.searchParams.set("src", source);
  return url.toString();
}

/** `${appUrl}/c/<slug>`, whatever trailing slash APP_URL has. */
export function campaignPublicUrl(appUrl: string, slug: string): string {
  return new URL(`/c/${encodeURIComponent(slug)}`, appUrl).toString();
}
