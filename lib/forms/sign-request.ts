import { normalizeEmail } from "../signatures/normalize-email";
import { attributionFrom, signFormValuesFrom, type SignFormState, type SignFormValues } from "../signatures/sign-form-state";
import { fastDoorMissing, postJson, readApiAnswer, USE_SERVER_ACTION, type ApiAnswer } from "./api-answer";

/**
 * Where the sign form is. On the campaign page the browser keeps the submission proof (the
 * server action's rememberInThisBrowser); the embeddable widget marks its signatures as such
 * and keeps nothing (see signPetitionFromEmbedAction).
 */
export type SignFormPlace = "campaign-page" | "embed";

/**
 * The sign form's fast path: what its server action would send submitSignature, as the JSON
 * API's body. The page's language decides the confirmation email's, as in the action.
 */
export function signRequestBody(formData: FormData, place: SignFormPlace, locale: string): Record<string, unknown> {
  const hp = formData.get("hp");
  return {
    ...signFormValuesFrom(formData),
    hp: typeof hp === "string" ? hp : null,
    ...attributionFrom(formData),
    // The widget's own mark wins over a share button's: it is where the signature was made.
    ...(place === "embed" ? { source: "embed" } : {}),
    locale,
    ...(place === "campaign-page" ? { rememberInThisBrowser: true } : {}),
  };
}

/** The state the form shows for an answer: the same the server action returns for the same outcome. */
export function signStateFromAnswer(answer: ApiAnswer, values: SignFormValues): SignFormState {
  const failed = (formError: SignFormState["formError"], fieldErrors: SignFormState["fieldErrors"] = {}): SignFormState => ({
    status: "error",
    fieldErrors,
    formError,
    values,
  });
  if (answer.status === 202 && answer.body && typeof answer.body.referralCode === "string") {
    // The address as stored and emailed; the API does not repeat it (its answer is the same
    // whoever asks), and the schema's normalization is this function.
    return { status: "success", fieldErrors: {}, formError: null, values, sentTo: normalizeEmail(values.email), referralCode: answer.body.referralCode };
  }
  switch (answer.errorCode) {
    case "VALIDATION_FAILED":
      if (Object.keys(answer.fieldCodes).length > 0) return failed(null, answer.fieldCodes);
      break;
    case "RATE_LIMITED":
      return failed({ key: "rateLimited", seconds: answer.retryAfterSeconds ?? 60 });
    case "CAMPAIGN_CLOSED":
      return failed({ key: "closed" });
    case "CAMPAIGN_NOT_FOUND":
      return failed({ key: "notFound" });
  }
  // A 5xx, a proxy's page, an answer of another shape: nothing the signer can fix but retry.
  return failed({ key: "unexpected" });
}

/** Sends the sign form to POST /api/v1/campaigns/{slug}/signatures; a network failure is "unexpected". */
export async function sendSignForm(options: {
  campaignSlug: string;
  formData: FormData;
  place: SignFormPlace;
  locale: string;
  fetch?: typeof fetch;
}): Promise<SignFormState | typeof USE_SERVER_ACTION> {
  const values = signFormValuesFrom(options.formData);
  try {
    const response = await postJson(
      options.fetch ?? fetch,
      `/api/v1/campaigns/${encodeURIComponent(options.campaignSlug)}/signatures`,
      signRequestBody(options.formData, options.place, options.locale),
    );
    const answer = await readApiAnswer(response);
    return fastDoorMissing(answer) ? USE_SERVER_ACTION : signStateFromAnswer(answer, values);
  } catch {
    return { status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values };
  }
}
