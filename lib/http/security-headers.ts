import { SAME_ORIGIN_FRAMING, type Framing } from "./framing-policy";

/**
 * Headers every response carries, whichever door (node:http or Next.js) serves it.
 * HSTS only where the public address is HTTPS: browsers ignore it over plain HTTP, and a
 * local trial must not pin localhost to HTTPS. `X-Frame-Options` as the framing says: only the
 * embeddable widget goes without it (lib/http/framing-policy.ts).
 */
export function securityHeaders({ https, framing = SAME_ORIGIN_FRAMING }: { https: boolean; framing?: Framing }): [string, string][] {
  const headers: [string, string][] = [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
  ];
  if (framing.xFrameOptions) headers.push(["X-Frame-Options", framing.xFrameOptions]);
  if (https) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}
