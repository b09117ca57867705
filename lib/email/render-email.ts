import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import { isLocale, type Locale } from "../i18n/locales";
import { loadMessages, translatorFor } from "../i18n/messages";
import { confirmationTokenFor } from "../signatures/confirmation-token";
import type { EmailPayload } from "./email-kinds";
import { ConfirmationEmail } from "./templates/confirmation-email";
import { NoticeEmail } from "./templates/notice-email";
import { createTranslator } from "next-intl";
import { ModerationReportEmail } from "./templates/moderation-report-email";
import { campaignUrl, fillUpdateTemplate, renderUpdateTemplate } from "../updates/render-update-email";

export type RenderedEmail = { subject: string; html: string; text: string };

type RenderContext = { appUrl: string; secret: string };

/** Renders an outbox row in the recipient's language. Links are built here, at send time. */
export async function renderEmail(
  localeTag: string,
  payload: EmailPayload,
  { appUrl, secret }: RenderContext,
): Promise<RenderedEmail> {
  const locale: Locale = isLocale(localeTag) ? localeTag : "en";
  const t = translatorFor(locale, "email");
  switch (payload.kind) {
    case "signature-confirmation": {
      const token = confirmationTokenFor(secret, payload.signatureId);
      const confirmUrl = new URL(`/confirm/${token}`, appUrl).toString();
      const subject = t("confirmSubject", { title: payload.campaignTitle });
      const element = createElement(ConfirmationEmail, {
        lang: locale,
        title: subject,
        preview: t("confirmPreview"),
        greeting: t("confirmGreeting"),
        body: t("confirmBody", { title: payload.campaignTitle }),
        buttonLabel: t("confirmButton"),
        fallback: t("confirmFallback"),
        ignore: t("confirmIgnore"),
        footer: t("footer"),
        confirmUrl,
      });
      const html = await render(element);
      return { subject, html, text: toPlainText(html) };
    }
    case "notice": {
      // The namespace is data here (stored in the outbox), so the translator is untyped.
      const notice = createTranslator({ locale, messages: loadMessages(locale), namespace: payload.template as never }) as unknown as (
        key: string,
        params?: Record<string, string | number>,
      ) => string;
      const subject = notice("subject", payload.params);
      const element = createElement(NoticeEmail, {
        lang: locale,
        title: subject,
        heading: notice("heading", payload.params),
        body: notice("body", payload.params),
        buttonLabel: notice("button", payload.params),
        fallback: t("confirmFallback"),
        footer: translatorFor(locale, "common")("footer"),
        url: new URL(payload.path, appUrl).toString(),
      });
      const html = await render(element);
      return { subject, html, text: toPlainText(html) };
    }
    case "moderation-report": {
      // Moderators share one language for their work: always English.
      const r = translatorFor("en", "report");
      const subject = r("emailSubject", { title: payload.campaignTitle });
      const element = createElement(ModerationReportEmail, {
        lang: "en",
        title: subject,
        preview: r("emailPreview"),
        intro: r("emailIntro", { title: payload.campaignTitle }),
        reasonLabel: r("emailReasonLabel"),
        reason: payload.reason,
        campaignLabel: r("emailCampaignLink"),
        campaignUrl: new URL(`/c/${payload.campaignSlug}`, appUrl).toString(),
        buttonLabel: r("emailButton"),
        fallback: r("emailFallback"),
        footer: r("emailFooter"),
        moderationUrl: new URL("/moderation", appUrl).toString(),
      });
      const html = await render(element);
      return { subject, html, text: toPlainText(html) };
    }
    case "update-test": {
      // The signers' template itself, with the campaign page in place of a signer's own links.
      const template = await renderUpdateTemplate(payload.content, locale, { appUrl, test: true });
      const example = campaignUrl(appUrl, payload.content);
      return fillUpdateTemplate(template, { referralUrl: `${example}?src=email`, unsubscribeUrl: example });
    }
  }
}
