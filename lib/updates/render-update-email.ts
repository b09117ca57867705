import { randomBytes } from "node:crypto";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/messages";
import { UpdateEmail } from "../email/templates/update-email";
import type { BroadcastContent } from "./broadcast-content";

/** An update email rendered once per language, with holes for each signer's own links. */
export type UpdateEmailTemplate = {
  subject: string;
  /** The HTML split at the holes: parts[0] hole parts[1] hole … */
  html: TemplatePart[];
  text: TemplatePart[];
};
export type TemplatePart = string | { hole: "referral" | "unsubscribe" };

export type SignerLinks = { referralUrl: string; unsubscribeUrl: string };

/** A header value never carries organizer-written line breaks or control characters. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim().slice(0, 250);
}

export function campaignTitleFor(content: BroadcastContent, locale: string): string {
  return content.campaignTitles[locale] ?? content.campaignTitles[content.campaignLanguage] ?? Object.values(content.campaignTitles)[0] ?? "";
}

export function campaignUrl(appUrl: string, content: BroadcastContent): string {
  return new URL(`/c/${encodeURIComponent(content.campaignSlug)}`, appUrl).toString();
}

/** `${APP_URL}/c/<slug>?ref=<code>&src=email`: the signer's own sharing link. */
export function referralUrl(appUrl: string, content: BroadcastContent, referralCode: string): string {
  const url = new URL(campaignUrl(appUrl, content));
  url.searchParams.set("ref", referralCode);
  url.searchParams.set("src", "email");
  return url.toString();
}

function split(rendered: string, markers: Record<"referral" | "unsubscribe", string>): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const pattern = new RegExp(`${escapeRegExp(markers.referral)}|${escapeRegExp(markers.unsubscribe)}`, "g");
  let last = 0;
  for (const match of rendered.matchAll(pattern)) {
    parts.push(rendered.slice(last, match.index));
    parts.push({ hole: match[0] === markers.referral ? "referral" : "unsubscribe" });
    last = match.index + match[0].length;
  }
  parts.push(rendered.slice(last));
  for (const hole of ["referral", "unsubscribe"] as const) {
    if (!parts.some((part) => typeof part !== "string" && part.hole === hole)) throw new Error(`the update email lost its ${hole} link`);
  }
  return parts;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The same HTML with every non-ASCII character as a numeric reference (한 → &#54620;): what a
 * mail client shows is unchanged, and the string is one byte per character, which makes each
 * of the thousands of copies a worker sends far cheaper to build and to write as JSON.
 */
export function asciiHtml(html: string): string {
  return html.replace(/[\u{80}-\u{10ffff}]/gu, (char) => `&#${char.codePointAt(0)};`);
}

export function escapeHtml(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");
}

/**
 * Renders the update in one language with React Email, leaving holes where each signer's
 * links go. Rendering React for every one of 175,000 signers would cost more than the
 * send; filling holes in strings costs next to nothing. The markers are random per render,
 * so nothing an organizer writes can match one.
 */
export async function renderUpdateTemplate(
  content: BroadcastContent,
  locale: Locale,
  { appUrl, test = false }: { appUrl: string; test?: boolean },
): Promise<UpdateEmailTemplate> {
  const t = translatorFor(locale, "emailUpdates");
  const campaign = campaignTitleFor(content, locale);
  const nonce = randomBytes(12).toString("hex");
  const markers = { referral: `https://r${nonce}.invalid/`, unsubscribe: `https://u${nonce}.invalid/` };
  const subject = headerSafe(t(test ? "testSubject" : "subject", { campaign, title: content.title }));
  const element = createElement(UpdateEmail, {
    lang: locale,
    subject,
    from: t("from", { campaign }),
    kindLabel: t(`kind.${content.kind}`),
    title: content.title,
    body: content.body,
    count: t("count", { count: content.signatureCount }),
    shareIntro: t("shareIntro"),
    shareButton: t("shareButton"),
    referralUrl: markers.referral,
    campaignLabel: t("campaignLink"),
    campaignUrl: campaignUrl(appUrl, content),
    why: t("why", { campaign }),
    unsubscribeLabel: t("unsubscribe"),
    unsubscribeUrl: markers.unsubscribe,
    footer: t("footer"),
    testBanner: test ? t("testBanner") : undefined,
  });
  const html = await render(element);
  return { subject, html: split(asciiHtml(html), markers), text: split(toPlainText(html), markers) };
}

/** One signer's email: the template with their links put in (escaped for HTML). */
export function fillUpdateTemplate(template: UpdateEmailTemplate, links: SignerLinks): { subject: string; html: string; text: string } {
  const fill = (parts: TemplatePart[], escape: (value: string) => string) => {
    let out = "";
    for (const part of parts) {
      out += typeof part === "string" ? part : escape(part.hole === "referral" ? links.referralUrl : links.unsubscribeUrl);
    }
    return out;
  };
  return { subject: template.subject, html: fill(template.html, escapeHtml), text: fill(template.text, (value) => value) };
}
