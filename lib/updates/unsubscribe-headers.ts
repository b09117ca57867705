/**
 * RFC 8058 one-click unsubscribe: mail clients show their own "unsubscribe" button and POST
 * "List-Unsubscribe=One-Click" to the URL (no cookies, no page). The mailto form, for
 * clients that only know RFC 2369, is added when EMAIL_UNSUBSCRIBE_MAILTO names an inbox
 * someone processes; the token in its subject says whose request it is.
 */
export function listUnsubscribeHeaders(appUrl: string, token: string, mailto?: string): Record<string, string> {
  const url = new URL(`/api/unsubscribe/${encodeURIComponent(token)}`, appUrl).toString();
  const targets = [`<${url}>`];
  if (mailto) targets.push(`<mailto:${mailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`);
  return { "List-Unsubscribe": targets.join(", "), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
