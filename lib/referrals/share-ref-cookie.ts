/**
 * After confirming, the campaign page's thank-you offers share links carrying the signer's
 * own referral code. The page is the same cached HTML for everyone, so the code travels in
 * a short-lived cookie the browser script reads (not in the URL, where it would be copied
 * along with `?confirmed=1`). Readable by the page's script, which is the point; it says
 * nothing about the signer beyond a random code, and a code is credited only to signatures
 * of its own campaign, so one read on another campaign's page would count for nothing.
 */
export const SHARE_REF_COOKIE = "chorus_share_ref";
export const SHARE_REF_COOKIE_MAX_AGE_SECONDS = 60 * 60;
/**
 * The whole site, not `/c/<slug>`: the confirm action's redirect is a navigation inside the
 * confirm page's document, and Chromium's `document.cookie` keeps answering for the path that
 * document was loaded at (/confirm/…), so a cookie scoped to the campaign stayed invisible
 * until a reload (seen in e2e/share-bar.spec.ts).
 */
export const SHARE_REF_COOKIE_PATH = "/";

/** Read by the page's script, so not HttpOnly; the same for the server action and the JSON API. */
export function shareRefCookieOptions(appUrl: string) {
  return {
    path: SHARE_REF_COOKIE_PATH,
    maxAge: SHARE_REF_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax" as const,
    secure: appUrl.startsWith("https:"),
  };
}

/** The code from `document.cookie`, if the signer just confirmed on this campaign. */
export function shareRefFromCookies(cookieHeader: string): string | null {
  for (const part of cookieHeader.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SHARE_REF_COOKIE) {
      const code = decodeURIComponent(value.join("="));
      return /^[A-Za-z0-9_-]{8,32}$/.test(code) ? code : null;
    }
  }
  return null;
}
