import { apiError } from "./api-error";

export const MAX_JSON_BODY_BYTES = 16 * 1024;

/** Parses a JSON object body, or answers with the error response to return. */
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    return { ok: false, response: apiError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.") };
  }
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > MAX_JSON_BODY_BYTES) return { ok: false, response: tooLarge() };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) return { ok: false, response: tooLarge() };
  if (text.trim() === "") {
    return { ok: false, response: apiError(400, "INVALID_JSON", "The request body is empty; send a JSON object.") };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(400, "INVALID_JSON", "The request body is not valid JSON.") };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, response: apiError(400, "INVALID_JSON", "The request body must be a JSON object.") };
  }
  return { ok: true, body: body as Record<string, unknown> };
}

function tooLarge(): Response {
  return apiError(413, "PAYLOAD_TOO_LARGE", `The request body must be at most ${MAX_JSON_BODY_BYTES} bytes.`);
}
