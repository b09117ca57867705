export const MAX_JSON_BODY_BYTES = 16 * 1024;

export type JsonBodyProblem = { status: 400 | 413 | 415; code: string; message: string };

export function tooLargeProblem(): JsonBodyProblem {
  return { status: 413, code: "PAYLOAD_TOO_LARGE", message: `The request body must be at most ${MAX_JSON_BODY_BYTES} bytes.` };
}

export function unsupportedMediaType(contentType: string | undefined): JsonBodyProblem | null {
  if (/^application\/json\b/i.test(contentType ?? "")) return null;
  return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the body as application/json." };
}

/** Parses a request body that must be one JSON object. */
export function parseJsonObject(text: string): { ok: true; body: Record<string, unknown> } | { ok: false; problem: JsonBodyProblem } {
  const invalid = (message: string) => ({ ok: false as const, problem: { status: 400 as const, code: "INVALID_JSON", message } });
  if (text.trim() === "") return invalid("The request body is empty; send a JSON object.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid("The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return invalid("The request body must be a JSON object.");
  return { ok: true, body: body as Record<string, unknown> };
}
