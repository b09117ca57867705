/** What the outbox stores for each kind of email; rendered at send time. */
export type EmailPayload = ConfirmationEmailPayload | ModerationReportEmailPayload;

export type ConfirmationEmailPayload = {
  kind: "signature-confirmation";
  signatureId: string;
  signerName: string;
  campaignTitle: string;
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
