import { describe, expect, it } from "vitest";
import { readApiAnswer } from "./api-answer";
import { confirmOutcomeFromAnswer, confirmRequestBody, sendConfirmForm } from "./confirm-request";

const values = { name: "Ada", country: "FR", showPublicly: true, consentUpdates: false };

function formData(): FormData {
  const data = new FormData();
  data.set("name", "Ada");
  data.set("country", "FR");
  data.set("showPublicly", "on");
  return data;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const apiError = (code: string, extra: Record<string, unknown> = {}) => ({ error: { code, message: "m", fields: {}, ...extra } });
const outcomeOf = async (response: Response) => confirmOutcomeFromAnswer(await readApiAnswer(response), values);

describe("confirmRequestBody", () => {
  it("sends the token, the person's choices and the page's language", () => {
    expect(confirmRequestBody("tok", formData(), "zh")).toEqual({ token: "tok", ...values, locale: "zh", rememberInThisBrowser: true });
  });
});

describe("confirmOutcomeFromAnswer", () => {
  it("confirmed or already confirmed: on to the campaign's thank-you, as the action redirects", async () => {
    expect(await outcomeOf(json(200, { status: "confirmed", campaign: "save-the-bees" }))).toEqual({ kind: "redirect", to: "/c/save-the-bees?confirmed=1" });
    expect(await outcomeOf(json(200, { status: "already_confirmed", campaign: "b" }))).toEqual({ kind: "redirect", to: "/c/b?confirmed=1" });
  });

  it("a link that cannot be confirmed: the page is rendered again to explain", async () => {
    expect(await outcomeOf(json(404, apiError("TOKEN_INVALID")))).toEqual({ kind: "reload" });
    expect(await outcomeOf(json(410, apiError("TOKEN_EXPIRED")))).toEqual({ kind: "reload" });
    expect(await outcomeOf(json(409, apiError("CAMPAIGN_CLOSED")))).toEqual({ kind: "reload" });
  });

  it("422: the form's own fields' codes become its errors", async () => {
    expect(await outcomeOf(json(422, apiError("VALIDATION_FAILED", { fieldCodes: { name: "nameRequired", locale: "invalid" } })))).toEqual({
      kind: "show",
      state: { status: "error", fieldErrors: { name: "nameRequired" }, formError: null, values },
    });
  });

  it("anything else is unexpected and keeps the choices", async () => {
    const unexpected = { kind: "show", state: { status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values } };
    expect(await outcomeOf(json(500, apiError("INTERNAL_ERROR")))).toEqual(unexpected);
    expect(await outcomeOf(new Response("upstream down", { status: 503 }))).toEqual(unexpected);
    expect(await outcomeOf(json(422, apiError("VALIDATION_FAILED", { fieldCodes: { token: "invalid" } })))).toEqual(unexpected);
  });
});

describe("sendConfirmForm", () => {
  it("a network failure is unexpected", async () => {
    const fetchFn = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    expect(await sendConfirmForm({ token: "t", formData: formData(), locale: "en", fetch: fetchFn })).toEqual({
      kind: "show",
      state: { status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values },
    });
  });
});
