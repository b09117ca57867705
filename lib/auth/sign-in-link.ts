/**
 * Where the sign-in email's button leads: a page of ours with a "Sign in" button, never
 * Auth.js's callback itself. Mail scanners open links in emails; a GET that signed in would
 * use up the one-time token before the person clicks. The page's button POSTs to the callback.
 *
 * Built from APP_URL, not from the request's Host header, so a forged Host cannot send
 * someone a working link to another site.
 */
export function signInLinkPath({ token, email, callbackUrl }: { token: string; email: string; callbackUrl: string }): string {
  const query = new URLSearchParams({ token, email, callbackUrl: safeCallbackPath(callbackUrl) });
  return `/sign-in/confirm?${query}`;
}

/** A path on this site to return to after signing in; anything else becomes the dashboard. */
export function safeCallbackPath(candidate: string | null | undefined, appUrl?: string): string {
  if (!candidate) return "/dashboard";
  let path = candidate;
  if (appUrl && candidate.startsWith(appUrl)) path = candidate.slice(appUrl.replace(/\/$/, "").length) || "/";
  try {
    const parsed = new URL(path, "http://chorus.invalid");
    if (parsed.origin !== "http://chorus.invalid" || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
      return "/dashboard";
    }
    // The path as returned, after normalization ("/.//x" becomes "//x", another site).
    if (parsed.pathname.startsWith("//") || parsed.pathname.startsWith("/\\")) return "/dashboard";
    if (parsed.pathname.startsWith("/api/") || parsed.pathname.startsWith("/sign-in")) return "/dashboard";
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return "/dashboard";
  }
}
