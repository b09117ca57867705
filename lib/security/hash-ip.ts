import { createHmac } from "node:crypto";
import { isIPv6 } from "node:net";

/**
 * The part of an address that identifies one subscriber: an IPv4 address, or the /64
 * network of an IPv6 one (a single home or phone gets a whole /64 to pick from).
 */
export function subscriberPrefix(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** A keyed hash, so abuse can be analysed and limited by address without storing addresses. */
export function hashIp(secret: string, ip: string | null | undefined): string | null {
  if (!ip) return null;
  return createHmac("sha256", secret).update(`ip:${subscriberPrefix(ip)}`).digest("hex").slice(0, 32);
}
