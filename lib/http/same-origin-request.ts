import type { IncomingHttpHeaders } from "node:http";

/**
 * Whether a request was made by a page of this site itself, as the browser reports it. Only
 * such a request may leave a cookie that the site's own pages trust (the submission proof,
 * the share code): another site could otherwise make a visitor's browser post to the API and
 * keep the answer's cookie. A page cannot forge `Sec-Fetch-Site` or `Origin`; a client that
 * is not a browser can send anything, but only into its own cookie jar.
 *
 * `Sec-Fetch-Site` decides where the browser sends it (Chromium, Firefox, Safari on secure or
 * local origins); otherwise the `Origin` must be the site's own (APP_URL). Neither: no.
 */
export function isSameOriginRequest(headers: IncomingHttpHeaders, appUrl: string): boolean {
  const site = headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin";
  const origin = headers.origin;
  return typeof origin === "string" && origin === new URL(appUrl).origin;
}
