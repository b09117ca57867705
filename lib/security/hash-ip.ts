import { createHmac } from "node:crypto";

/** A keyed hash, so abuse can be analysed by address without storing addresses. */
export function hashIp(secret: string, ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac("sha256", secret).update(`ip:${ip}`).digest("hex").slice(0, 32);
}
