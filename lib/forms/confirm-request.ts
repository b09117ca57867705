import { confirmFormValuesFrom, type ConfirmFormState, type ConfirmFormValues } from "../signatures/confirm-form-state";
import { fastDoorMissing, postJson, readApiAnswer, USE_SERVER_ACTION, type ApiAnswer } from "./api-answer";

/** What the confirm form does next; the same as its server action for the same outcome. */
export type ConfirmOutcome =
  /** Counted (now or before): on to the campaign page's thank-you. */
  | { kind: "redirect"; to: string }
  /** The link cannot be confirmed (unknown, expired, campaign closed): the page, rendered again, explains. */
  | { kind: "reload" }
  | { kind: "show"; state: ConfirmFormState };

const FORM_FIELDS = ["name", "country", "consentUpdates", "showPublicly"] as const;

export function confirmRequestBody(token: string, formData: FormData, locale: string): Record<string, unknown> {
  // The consent sentence was shown in the page's language; the share-code cookie is for this browser.
  return { token, ...confirmFormValuesFrom(formData), locale, rememberInThisBrowser: true };
}

export function confirmOutcomeFromAnswer(answer: ApiAnswer, values: ConfirmFormValues): ConfirmOutcome {
  if (answer.status === 200 && answer.body && typeof answer.body.campaign === "string") {
    return { kind: "redirect", to: `/c/${answer.body.campaign}?confirmed=1` };
  }
  switch (answer.errorCode) {
    case "TOKEN_INVALID":
    case "TOKEN_EXPIRED":
    case "CAMPAIGN_CLOSED":
      return { kind: "reload" };
    case "VALIDATION_FAILED": {
      const fieldErrors: ConfirmFormState["fieldErrors"] = {};
      for (const field of FORM_FIELDS) if (answer.fieldCodes[field]) fieldErrors[field] = answer.fieldCodes[field];
      if (Object.keys(fieldErrors).length > 0) return { kind: "show", state: { status: "error", fieldErrors, formError: null, values } };
    }
  }
  return { kind: "show", state: { status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values } };
}

/** Sends the confirm form to POST /api/v1/confirmations; a network failure is "unexpected". */
export async function sendConfirmForm(options: {
  token: string;
  formData: FormData;
  locale: string;
  fetch?: typeof fetch;
}): Promise<ConfirmOutcome | typeof USE_SERVER_ACTION> {
  const values = confirmFormValuesFrom(options.formData);
  try {
    const response = await postJson(options.fetch ?? fetch, "/api/v1/confirmations", confirmRequestBody(options.token, options.formData, options.locale));
    const answer = await readApiAnswer(response);
    return fastDoorMissing(answer) ? USE_SERVER_ACTION : confirmOutcomeFromAnswer(answer, values);
  } catch {
    return { kind: "show", state: { status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values } };
  }
}
