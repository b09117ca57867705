/** The headers every campaign email carries, in this order (pre-encoded emails leave a hole for each). */
export const LIST_UNSUBSCRIBE_HEADER_NAMES = ["List-Unsubscribe", "List-Unsubscribe-Post"] as const;

/**
 * RFC 8058 one-click unsubscribe: mail clients show their own "unsubscribe" button and POST
 * "List-Unsubscribe=One-Click" to the URL (no cookies, no page). The mailto form, for
 * clients that only know RFC 2369, is added when EMAIL_UNSUBSCRIBE_MAILTO names an inbox
 * someone processes; the token in its subject says whose request it is.
 */
export function listUnsubscribeHeaders(appUrl: string, token: string, mailto?: string): Record<string, string> {
  return listUnsubscribeHeadersFor(appUrl, mailto)(token);
}

/** listUnsubscribeHeaders for many tokens, parsing APP_URL once instead of once a signer. */
export function listUnsubscribeHeadersFor(appUrl: string, mailto?: string): (token: string) => Record<string, string> {
  // A token's characters ([0-9a-f.A-Za-z_-]) are left as they are by URL, so appending equals resolving.
  const base = new URL("/api/unsubscribe/", appUrl).toString();
  return (token) => {
    const targets = [`<${base}${encodeURIComponent(token)}>`];
    if (mailto) targets.push(`<mailto:${mailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`);
    return { [LIST_UNSUBSCRIBE_HEADER_NAMES[0]]: targets.join(", "), [LIST_UNSUBSCRIBE_HEADER_NAMES[1]]: "List-Unsubscribe=One-Click" };
  };
}
