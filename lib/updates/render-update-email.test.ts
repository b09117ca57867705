import { describe, expect, it } from "vitest";
import type { BroadcastContent } from "./broadcast-content";
import { fillUpdateTemplate, headerSafe, referralUrl, renderUpdateTemplate } from "./render-update-email";

const appUrl = "https://chorus.example.org";
const content: BroadcastContent = {
  kind: "RESPONSE",
  title: "The embassy answered",
  body: "We **delivered** it.\n\n<script>alert(1)</script>\n\n![pixel](https://tracker.example/p.gif)\n\n[evil](javascript:alert(1)) and [good](https://example.org/a?b=1&c=2)",
  campaignSlug: "free-them",
  campaignLanguage: "en",
  campaignTitles: { en: "Free them", ko: "그들을 석방하라" },
  signatureCount: 175000,
};
const links = {
  referralUrl: referralUrl(appUrl, content, "abc_DEF-123"),
  unsubscribeUrl: `${appUrl}/unsubscribe/0123abcd.tokenTOKEN_-x`,
};

describe("the update email", () => {
  it("shows the sender, kind, title, body, count and the signer's own links in HTML and text", async () => {
    const email = fillUpdateTemplate(await renderUpdateTemplate(content, "en", { appUrl }), links);
    expect(links.referralUrl).toBe("https://chorus.example.org/c/free-them?ref=abc_DEF-123&src=email");
    expect(email.subject).toBe("Free them: The embassy answered");
    expect(email.html).toContain('lang="en"');
    expect(email.html).toContain("An update from the campaign “Free them”");
    expect(email.html).toContain("Response");
    expect(email.html).toContain("<strong>delivered</strong>");
    expect(email.html).toContain("175,000 people have signed so far.");
    expect(email.html).toContain('href="https://chorus.example.org/c/free-them?ref=abc_DEF-123&amp;src=email"');
    expect(email.html).toContain(`href="${links.unsubscribeUrl}"`);
    expect(email.text).toContain(links.referralUrl);
    expect(email.text).toContain(links.unsubscribeUrl);
    expect(email.text).toContain("THE EMBASSY ANSWERED"); // html-to-text writes headings in capitals
    expect(email.html).not.toContain("invalid/");
    expect(email.text).not.toContain("invalid/");
  });

  it("drops script, raw HTML, images and javascript: links from the organizer's Markdown", async () => {
    const email = fillUpdateTemplate(await renderUpdateTemplate(content, "en", { appUrl }), links);
    expect(email.html).not.toContain("<script");
    expect(email.html).not.toContain("tracker.example");
    expect(email.html).not.toContain("javascript:");
    expect(email.html).toContain('href="https://example.org/a?b=1&amp;c=2"');
  });

  it("speaks the signer's language, with the campaign's title in it when translated", async () => {
    const ko = fillUpdateTemplate(await renderUpdateTemplate(content, "ko", { appUrl }), links);
    expect(ko.subject).toBe("그들을 석방하라: The embassy answered");
    expect(ko.html).toContain("지금까지 175,000명이 서명했습니다.");
    const zh = fillUpdateTemplate(await renderUpdateTemplate(content, "zh", { appUrl }), links);
    expect(zh.subject).toBe("Free them：The embassy answered");
    expect(zh.html).toContain("退订此倡议的邮件");
  });

  it("renders the same bytes for the same signer every time (a retried batch is identical)", async () => {
    const first = fillUpdateTemplate(await renderUpdateTemplate(content, "en", { appUrl }), links);
    const second = fillUpdateTemplate(await renderUpdateTemplate(content, "en", { appUrl }), links);
    expect(second).toEqual(first);
  });

  it("keeps line breaks and control characters out of the subject header", async () => {
    expect(headerSafe("Hi\r\nBcc: victim@example.org")).toBe("Hi Bcc: victim@example.org");
    const email = await renderUpdateTemplate({ ...content, title: "A\r\nBcc: x@example.org" }, "en", { appUrl });
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it("marks a test as a test", async () => {
    const email = fillUpdateTemplate(await renderUpdateTemplate(content, "en", { appUrl, test: true }), links);
    expect(email.subject).toBe("[Test] Free them: The embassy answered");
    expect(email.html).toContain("This is a test.");
  });
});
