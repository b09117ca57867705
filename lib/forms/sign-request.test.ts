import { describe, expect, it } from "vitest";
import { initialSignFormState } from "../signatures/sign-form-state";
import { readApiAnswer, USE_SERVER_ACTION } from "./api-answer";
import { sendSignForm, signRequestBody, signStateFromAnswer } from "./sign-request";

const values = { name: "Ada", email: " Ada@Example.org ", country: "DE", postalCode: "", consentUpdates: true, showPublicly: false };

function formData(extra: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.set("name", values.name);
  data.set("email", values.email);
  data.set("country", values.country);
  data.set("postalCode", "");
  data.set("consentUpdates", "on");
  data.set("hp", "");
  for (const [key, value] of Object.entries(extra)) data.set(key, value);
  return data;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
const apiError = (code: string, extra: Record<string, unknown> = {}) => ({ error: { code, message: "m", fields: {}, ...extra } });
const stateFor = async (response: Response) => signStateFromAnswer(await readApiAnswer(response), values);

describe("signRequestBody", () => {
  it("sends what the server action passes submitSignature, with the page's language", () => {
    const body = signRequestBody(formData({ ref: "AbCdEfGhIjKl", src: "whats app!", utm_campaign: "spring" }), "campaign-page", "ko");
    expect(JSON.parse(JSON.stringify(body))).toEqual({
      ...values,
      hp: "",
      referredBy: "AbCdEfGhIjKl",
      source: "whatsapp",
      utmCampaign: "spring",
      locale: "ko",
      rememberInThisBrowser: true,
    });
  });

  it("marks the widget's signatures and asks for no cookie there", () => {
    const body = signRequestBody(formData({ src: "facebook" }), "embed", "en");
    expect(body.source).toBe("embed");
    expect(body).not.toHaveProperty("rememberInThisBrowser");
  });

  it("drops a referral code that cannot be one (it would be an error the signer cannot see)", () => {
    expect(JSON.parse(JSON.stringify(signRequestBody(formData({ ref: "x" }), "campaign-page", "en")))).not.toHaveProperty("referredBy");
  });
});

describe("signStateFromAnswer", () => {
  it("202: success with the address as the server stores it and the referral code", async () => {
    expect(await stateFor(json(202, { status: "pending_confirmation", referralCode: "abcdEFGH1234" }))).toEqual({
      status: "success",
      fieldErrors: {},
      formError: null,
      values,
      sentTo: "ada@example.org",
      referralCode: "abcdEFGH1234",
    });
  });

  it("422: the field codes become the form's field errors; an unknown code reads as 'invalid'", async () => {
    const state = await stateFor(json(422, apiError("VALIDATION_FAILED", { fieldCodes: { name: "nameRequired", country: "somethingNew" } })));
    expect(state).toEqual({ status: "error", fieldErrors: { name: "nameRequired", country: "invalid" }, formError: null, values });
  });

  it("422 without field codes (an older server) is unexpected rather than an empty list", async () => {
    expect((await stateFor(json(422, apiError("VALIDATION_FAILED")))).formError).toEqual({ key: "unexpected" });
  });

  it("429: rate limited, with the seconds of Retry-After", async () => {
    expect((await stateFor(json(429, apiError("RATE_LIMITED"), { "Retry-After": "42" }))).formError).toEqual({ key: "rateLimited", seconds: 42 });
  });

  it("409 closed and 404 not found", async () => {
    expect((await stateFor(json(409, apiError("CAMPAIGN_CLOSED")))).formError).toEqual({ key: "closed" });
    expect((await stateFor(json(404, apiError("CAMPAIGN_NOT_FOUND")))).formError).toEqual({ key: "notFound" });
  });

  it("a 5xx, a page that is not JSON, or another shape is unexpected, keeping what was typed", async () => {
    for (const response of [
      json(500, apiError("INTERNAL_ERROR")),
      new Response("<html>Bad gateway</html>", { status: 502 }),
      json(404, apiError("NOT_FOUND")),
      json(202, { status: "pending_confirmation" }),
      json(400, apiError("INVALID_JSON")),
    ]) {
      expect(await stateFor(response)).toEqual({ status: "error", fieldErrors: {}, formError: { key: "unexpected" }, values });
    }
  });
});

describe("sendSignForm", () => {
  it("posts JSON to the campaign's signatures endpoint", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return json(202, { status: "pending_confirmation", referralCode: "abcdEFGH1234" });
    }) as unknown as typeof fetch;
    const state = await sendSignForm({ campaignSlug: "save-the-bees", formData: formData(), place: "campaign-page", locale: "en", fetch: fetchFn });
    expect(state).toMatchObject({ status: "success" });
    expect(calls[0]!.url).toBe("/api/v1/campaigns/save-the-bees/signatures");
    expect(calls[0]!.init).toMatchObject({ method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" } });
  });

  it("a network failure is unexpected and keeps the values", async () => {
    const fetchFn = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    const state = await sendSignForm({ campaignSlug: "x", formData: formData(), place: "embed", locale: "en", fetch: fetchFn });
    expect(state).toEqual({ ...initialSignFormState, status: "error", formError: { key: "unexpected" }, values });
  });

  it("leaves the submission to the server action where no fast door answers (Next.js alone)", async () => {
    const fetchFn = (async () => json(404, { error: { code: "NOT_FOUND", message: "There is no API endpoint at this path.", fields: {} } })) as unknown as typeof fetch;
    expect(await sendSignForm({ campaignSlug: "x", formData: formData(), place: "campaign-page", locale: "en", fetch: fetchFn })).toBe(USE_SERVER_ACTION);
    // A campaign the fast door does not know is the form's own "not found".
    const unknown = (async () => json(404, { error: { code: "CAMPAIGN_NOT_FOUND", message: "x", fields: {} } })) as unknown as typeof fetch;
    expect(await sendSignForm({ campaignSlug: "x", formData: formData(), place: "campaign-page", locale: "en", fetch: unknown })).toMatchObject({
      formError: { key: "notFound" },
    });
  });
});
