/** The attributes a cookie is set with; the same object Next.js's `cookies().set` takes. */
export type CookieOptions = {
  path: string;
  maxAge: number;
  sameSite: "lax" | "strict";
  secure: boolean;
  httpOnly?: boolean;
};

const TOKEN = /^[A-Za-z0-9._~-]*$/;

/**
 * A `Set-Cookie` header value for the plain node:http door, with the same attributes Next.js
 * writes for the same options. Values are our own codes and proofs; anything else is refused
 * rather than encoded, so a page's script reads back exactly what was set.
 */
export function setCookieHeader(name: string, value: string, options: CookieOptions, now = Date.now()): string {
  if (!TOKEN.test(name) || !TOKEN.test(value)) throw new Error(`cookie ${name}: not a plain token`);
  const parts = [`${name}=${value}`, `Path=${options.path}`, `Expires=${new Date(now + options.maxAge * 1000).toUTCString()}`, `Max-Age=${options.maxAge}`];
  if (options.secure) parts.push("Secure");
  if (options.httpOnly) parts.push("HttpOnly");
  parts.push(`SameSite=${options.sameSite}`);
  return parts.join("; ");
}

/** One cookie's value from a request's `Cookie` header. */
export function requestCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
