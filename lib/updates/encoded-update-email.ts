import { randomBytes } from "node:crypto";
import type { BatchEmails } from "../email/email-transport";
import { asciiJsonString, asciiJsonStringContent, resendBatchElement } from "../email/resend-batch-request";
import { escapeHtml, fillUpdateTemplate, type SignerLinks, type TemplatePart, type UpdateEmailTemplate } from "./render-update-email";

/** What differs between two signers' emails in one language. */
export type SignerEmail = { to: string; links: SignerLinks; headers: Record<string, string> };

/** A signer's value for a hole, before it is escaped for JSON; "from" is the batch's sender. */
type Hole = "from" | ((signer: SignerEmail) => string);

/**
 * One language's update email as the bytes of one element of Resend's batch body
 * (resendBatchElement, asciiJson), cut where the sender and each signer's values go.
 */
export type EncodedUpdateEmail = { headerNames: readonly string[]; parts: (Buffer | Hole)[] };

const fillHoles = (parts: TemplatePart[], value: (hole: "referral" | "unsubscribe") => string) =>
  parts.map((part) => (typeof part === "string" ? part : value(part.hole))).join("");

/**
 * Encodes the email once with markers in place of the per-signer values and cuts the JSON
 * at the markers. Per signer, a batch body is then the constant bytes with each value
 * escaped (for HTML where it sits in HTML, then for JSON) in between: the very bytes that
 * filling the template and JSON-encoding each email would give, at a fraction of the CPU
 * and garbage. The markers are random per call, so nothing an organizer writes matches one.
 */
export function encodeUpdateEmail(template: UpdateEmailTemplate, headerNames: readonly string[]): EncodedUpdateEmail {
  const nonce = randomBytes(9).toString("hex");
  const holes: Hole[] = [];
  const marker = (hole: Hole) => `H${nonce}x${holes.push(hole) - 1}E`;
  const html = { referral: marker((signer) => escapeHtml(signer.links.referralUrl)), unsubscribe: marker((signer) => escapeHtml(signer.links.unsubscribeUrl)) };
  const text = { referral: marker((signer) => signer.links.referralUrl), unsubscribe: marker((signer) => signer.links.unsubscribeUrl) };
  const element = resendBatchElement(marker("from"), {
    to: marker((signer) => signer.to),
    subject: template.subject,
    html: fillHoles(template.html, (hole) => html[hole]),
    text: fillHoles(template.text, (hole) => text[hole]),
    headers: Object.fromEntries(headerNames.map((name) => [name, marker((signer) => signer.headers[name]!)])),
  });
  const parts: EncodedUpdateEmail["parts"] = [];
  let last = 0;
  const json = asciiJsonString(element);
  for (const match of json.matchAll(new RegExp(`H${nonce}x(\\d+)E`, "g"))) {
    parts.push(Buffer.from(json.slice(last, match.index), "latin1"), holes[Number(match[1])]!);
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(json.slice(last), "latin1"));
  return { headerNames, parts };
}

/**
 * Resend's request body for these emails: byte for byte resendBatchBody(from, the filled
 * emails), built as one buffer from the pre-encoded parts. asciiJsonStringContent leaves
 * only ASCII, so a value's length is its byte count.
 */
export function spliceBatchBody(
  from: string,
  emails: readonly { encoded: EncodedUpdateEmail; signer: SignerEmail }[],
  take: (size: number) => Buffer = Buffer.allocUnsafe,
): Buffer {
  const fromJson = asciiJsonStringContent(from);
  const pieces: (Buffer | string)[] = ["["];
  let length = 2; // [ ]
  for (const [index, { encoded, signer }] of emails.entries()) {
    if (index > 0) {
      pieces.push(",");
      length += 1;
    }
    const names = Object.keys(signer.headers);
    if (names.length !== encoded.headerNames.length || names.some((name, index) => name !== encoded.headerNames[index])) {
      throw new Error(`headers ${names.join(", ")} where the encoded email has ${encoded.headerNames.join(", ")}`);
    }
    for (const part of encoded.parts) {
      const piece = Buffer.isBuffer(part) ? part : part === "from" ? fromJson : asciiJsonStringContent(part(signer));
      pieces.push(piece);
      length += piece.length;
    }
  }
  pieces.push("]");
  const body = take(length);
  let offset = 0;
  for (const piece of pieces) offset += typeof piece === "string" ? body.write(piece, offset, "latin1") : piece.copy(body, offset);
  if (offset !== length) throw new Error("a value was not ASCII"); // cannot happen: asciiJsonStringContent escapes it
  return body;
}

/** An update batch's emails, each from its language's template and pre-encoded email. */
export function updateBatchEmails(emails: { template: UpdateEmailTemplate; encoded: EncodedUpdateEmail; signer: SignerEmail }[]): BatchEmails {
  return {
    count: emails.length,
    list: () => emails.map(({ template, signer }) => ({ to: signer.to, ...fillUpdateTemplate(template, signer.links), headers: signer.headers })),
    resendBody: (from, take) => spliceBatchBody(from, emails, take),
  };
}
