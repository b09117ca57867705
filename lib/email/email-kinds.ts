/** What the outbox stores for each kind of email; rendered at send time. */
export type EmailPayload = ConfirmationEmailPayload;

export type ConfirmationEmailPayload = {
  kind: "signature-confirmation";
  signatureId: string;
  signerName: string;
  campaignTitle: string;
};

/** The kinds of email the outbox knows. */
export type EmailKind = EmailPayload["kind"];
