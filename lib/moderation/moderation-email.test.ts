import { describe, expect, it } from "vitest";
import { renderEmail } from "../email/render-email";
import { locales } from "../i18n/locales";

const context = { appUrl: "https://chorus.example", secret: "unit-secret-unit-secret-unit-secret" };
const reason = "The target is a private person.\n\nAddress a <b>public</b> office instead.";

describe("the emails moderation sends organizers", () => {
  it.each(locales)("render in %s with the title, the reason (escaped) and the link", async (locale) => {
    for (const template of ["moderationEmail.rejected", "moderationEmail.unpublished"]) {
      const email = await renderEmail(locale, { kind: "notice", template, params: { title: "Save the park", reason }, path: "/dashboard/campaigns/abc/edit" }, context);
      expect(email.subject).toContain("Save the park");
      expect(email.text).toContain("Address a <b>public</b> office instead.");
      expect(email.html).not.toContain("<b>public</b>");
      expect(email.text).toContain("https://chorus.example/dashboard/campaigns/abc/edit");
    }
    const approved = await renderEmail(locale, { kind: "notice", template: "moderationEmail.approved", params: { title: "Save the park" }, path: "/c/save-the-park" }, context);
    expect(approved.subject).toContain("Save the park");
    expect(approved.text).toContain("https://chorus.example/c/save-the-park");
  });
});
