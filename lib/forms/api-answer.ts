import { isValidationMessageKey, type ValidationMessageKey } from "../signatures/validation-message-keys";

/**
 * Returned by a form's fast path when the submission is its server action's to make: the
 * fast door is not there (Next.js alone, `next start`, answers its paths with NOT_FOUND).
 */
export const USE_SERVER_ACTION = Symbol("use the server action");

/** A fast door that answers NOT_FOUND for its own path is not there: another server answered. */
export function fastDoorMissing(answer: ApiAnswer): boolean {
  return answer.status === 404 && answer.errorCode === "NOT_FOUND";
}

/** What the site's forms read from a JSON API answer. */
export type ApiAnswer = {
  status: number;
  /** The success body, or null. */
  body: Record<string, unknown> | null;
  /** The error's code, when the body has the API's error shape. */
  errorCode: string | null;
  /** Each field's problem as a message key (from `error.fieldCodes`). */
  fieldCodes: Record<string, ValidationMessageKey>;
  /** Whole seconds from `Retry-After`, when given. */
  retryAfterSeconds: number | null;
};

/**
 * Reads an answer of the JSON API. A body that is not JSON (a proxy's error page) reads as
 * no body and no code, which the forms treat as unexpected.
 */
export async function readApiAnswer(response: Response): Promise<ApiAnswer> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const object = isObject(body) ? body : null;
  const error = object && isObject(object.error) ? object.error : null;
  const fieldCodes: Record<string, ValidationMessageKey> = {};
  if (error && isObject(error.fieldCodes)) {
    // An unknown code still marks its field, in the catalogue's general words.
    for (const [field, code] of Object.entries(error.fieldCodes)) fieldCodes[field] = isValidationMessageKey(code) ? code : "invalid";
  }
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    status: response.status,
    body: error ? null : object,
    errorCode: error && typeof error.code === "string" ? error.code : null,
    fieldCodes,
    retryAfterSeconds: Number.isInteger(retryAfter) && retryAfter >= 0 && response.headers.has("retry-after") ? retryAfter : null,
  };
}

/** A JSON POST from the site's own page: same-origin, so the answer's cookies are kept. */
export function postJson(fetchFn: typeof fetch, url: string, body: Record<string, unknown>): Promise<Response> {
  return fetchFn(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
