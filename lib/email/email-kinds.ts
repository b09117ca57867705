import type { BroadcastContent } from "../updates/broadcast-content";

/** What the outbox stores for each kind of email; rendered at send time. */
export type EmailPayload = ConfirmationEmailPayload | NoticeEmailPayload | ModerationReportEmailPayload | UpdateTestEmailPayload;

export type ConfirmationEmailPayload = {
  kind: "signature-confirmation";
  signatureId: string;
  /** No signer's name: anyone can type a name next to someone else's address. */
  campaignTitle: string;
};

/**
 * A short message with one button: sign-in links, moderation notices, invitations.
 * `template` names a message namespace ("authEmail.signIn") holding subject, heading, body
 * and button; `params` fill their placeholders; `path` is the button's link on APP_URL.
 */
export type NoticeEmailPayload = {
  kind: "notice";
  template: string;
  params: Record<string, string | number>;
  path: string;
};

/** To each moderator and admin, in English, when someone reports a campaign. */
export type ModerationReportEmailPayload = {
  kind: "moderation-report";
  reportId: string;
  campaignTitle: string;
  campaignSlug: string;
  reason: string;
};

/** The kinds of email the outbox knows. */
export type EmailKind = EmailPayload["kind"];

/**
 * An organizer's test of an update: exactly what signers will get (frozen when the test was
 * asked for), marked as a test, with example links in place of a signer's own.
 */
export type UpdateTestEmailPayload = {
  kind: "update-test";
  updateId: string;
  content: BroadcastContent;
};
