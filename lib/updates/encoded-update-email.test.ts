import { describe, expect, it } from "vitest";
import { resendBatchBody } from "../email/resend-batch-request";
import type { Locale } from "../i18n/locales";
import type { BroadcastContent } from "./broadcast-content";
import { encodeUpdateEmail, updateBatchEmails, type SignerEmail } from "./encoded-update-email";
import { fillUpdateTemplate, renderUpdateTemplate } from "./render-update-email";
import { LIST_UNSUBSCRIBE_HEADER_NAMES, listUnsubscribeHeaders } from "./unsubscribe-headers";

const appUrl = "https://chorus.example.org";
const content: BroadcastContent = {
  kind: "NEWS",
  title: "“Delivered” <b>&amp; more</b>",
  body: 'We **delivered** it: "all" of it & more.\n\n[statement](https://example.org/s?a=1&b="2")',
  campaignSlug: "free-them",
  campaignLanguage: "en",
  campaignTitles: { en: "Free them", ko: "그들을 석방하라", zh: "释放他们" },
  signatureCount: 175000,
};
const from = "합창 “Chorus” <updates@chorus.example.org>";

// Values a plain render and JSON.stringify would escape: quotes, <, &, backslash, controls, non-ASCII.
const awkward: SignerEmail = {
  to: 'o\'"brien"<&>\\@例子.example.org',
  links: { referralUrl: 'https://chorus.example.org/c/x?ref="a"<b>&c=ü한😀\\', unsubscribeUrl: "https://chorus.example.org/unsubscribe/'x'&<y>\t\u2028" },
  headers: listUnsubscribeHeaders(appUrl, "tok&<\"en>", 'unsub"scribe@例子.org'),
};
// Only what JSON escapes in ASCII (no other character gives the value away as needing escaping).
const quoted: SignerEmail = {
  to: '"ann smith"@example.org',
  links: { referralUrl: 'https://chorus.example.org/c/x?ref="a"', unsubscribeUrl: "https://chorus.example.org/unsubscribe/a\\b" },
  headers: listUnsubscribeHeaders(appUrl, "tok"),
};
const plain: SignerEmail = {
  to: "ann@example.org",
  links: { referralUrl: `${appUrl}/c/free-them?ref=abc&src=email`, unsubscribeUrl: `${appUrl}/unsubscribe/0123.abc` },
  headers: listUnsubscribeHeaders(appUrl, "0123.abc"),
};

async function languageEmail(locale: Locale) {
  const template = await renderUpdateTemplate(content, locale, { appUrl });
  return { template, encoded: encodeUpdateEmail(template, LIST_UNSUBSCRIBE_HEADER_NAMES) };
}

/** The plain way: fill the template for each signer, then JSON-encode every email. */
function plainBody(emails: { template: Awaited<ReturnType<typeof renderUpdateTemplate>>; signer: SignerEmail }[]) {
  return resendBatchBody(
    from,
    emails.map(({ template, signer }) => ({ to: signer.to, ...fillUpdateTemplate(template, signer.links), headers: signer.headers })),
  );
}

describe("a pre-encoded update email", () => {
  it.each(["en", "ko", "zh"] as const)("splices into the very bytes a plain render and JSON encoding give (%s)", async (locale) => {
    const language = await languageEmail(locale);
    const emails = [awkward, plain, quoted, awkward].map((signer) => ({ ...language, signer }));
    const spliced = updateBatchEmails(emails).resendBody(from);
    expect(spliced.toString("latin1")).toBe(plainBody(emails).toString("latin1"));
    expect([...spliced].every((byte) => byte < 0x80)).toBe(true);

    const parsed = JSON.parse(spliced.toString("utf8"));
    const expected = emails.map(({ template, signer }) => ({ from, to: [signer.to], ...fillUpdateTemplate(template, signer.links), headers: signer.headers }));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(expected)));
    // The links sit in the HTML escaped for HTML, and as they are in the text.
    expect(parsed[0].html).toContain('href="https://chorus.example.org/c/x?ref=&quot;a&quot;&lt;b&gt;&amp;c=ü한😀\\"');
    expect(parsed[0].text).toContain(awkward.links.referralUrl);
    expect(parsed[0].text).toContain(awkward.links.unsubscribeUrl);
  });

  it("mixes languages in one batch, each email from its own", async () => {
    const [en, ko, zh] = await Promise.all((["en", "ko", "zh"] as const).map(languageEmail));
    const emails = [
      { ...ko!, signer: awkward },
      { ...en!, signer: plain },
      { ...zh!, signer: awkward },
    ];
    const batch = updateBatchEmails(emails);
    expect(batch.count).toBe(3);
    expect(batch.resendBody(from)).toEqual(plainBody(emails));
    expect(batch.list().map((email) => email.subject)).toEqual(["그들을 석방하라: “Delivered” <b>&amp; more</b>", "Free them: “Delivered” <b>&amp; more</b>", "释放他们：“Delivered” <b>&amp; more</b>"]);
    expect(updateBatchEmails([]).resendBody(from).toString()).toBe("[]");
  });

  it("refuses a signer whose headers are not the ones it was encoded with", async () => {
    const language = await languageEmail("en");
    expect(() => updateBatchEmails([{ ...language, signer: { ...plain, headers: { "List-Unsubscribe": "<x>" } } }]).resendBody(from)).toThrow(/headers/);
  });
});
