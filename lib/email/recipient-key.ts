import { createHmac } from "node:crypto";
import { normalizeEmail } from "../signatures/signature-input";

/**
 * One inbox, however its address is spelled: lower case, without a "+tag" (Gmail,
 * Outlook, Fastmail, iCloud and Proton deliver those to the same inbox), and for Gmail
 * without dots. Used only to count what an inbox receives, so folding two addresses
 * together can only make the cap stricter, never send anything elsewhere.
 */
export function normalizeRecipient(address: string): string {
  const trimmed = normalizeEmail(address);
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (domain === "gmail.com" || domain === "googlemail.com") return `${local.replaceAll(".", "")}@gmail.com`;
  return `${local}@${domain}`;
}

/** The cap's key for an inbox: keyed, so the counters never hold or reveal the address. */
export function recipientKey(secret: string, address: string): string {
  return createHmac("sha256", secret).update(`recipient:${normalizeRecipient(address)}`).digest("hex").slice(0, 40);
}
