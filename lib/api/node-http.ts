import type { IncomingMessage, ServerResponse } from "node:http";
import { apiErrorBody } from "../http/api-error";
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/messages";
import type { SignatureFieldErrors } from "../signatures/signature-input";
import { MAX_JSON_BODY_BYTES, parseJsonObject, tooLargeProblem, unsupportedMediaType } from "../http/read-json-body";

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendSerializedJson(res, status, JSON.stringify(body), headers);
}

/** As sendJson, for a body already serialized (an answer kept for the next request). */
export function sendSerializedJson(res: ServerResponse, status: number, payload: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(payload),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  res.end(payload);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  options: { fields?: Record<string, string>; fieldCodes?: Record<string, string>; headers?: Record<string, string> } = {},
): void {
  sendJson(res, status, apiErrorBody(code, message, options.fields, options.fieldCodes), options.headers);
}

/** 422 with a message per field, in the reader's language, and its code (the message's key). */
export function sendValidationFailed(res: ServerResponse, fieldKeys: SignatureFieldErrors, locale: Locale): void {
  const t = translatorFor(locale, "validation");
  const fields = Object.fromEntries(Object.entries(fieldKeys).map(([field, key]) => [field, t(key)]));
  sendError(res, 422, "VALIDATION_FAILED", "Some fields are not valid.", { fields, fieldCodes: { ...fieldKeys } });
}

/** Reads a JSON object body with a size cap; on a problem, answers and returns null. */
export async function readJsonObject(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | null> {
  const problem = unsupportedMediaType(req.headers["content-type"]);
  if (problem) {
    sendError(res, problem.status, problem.code, problem.message);
    req.resume();
    return null;
  }
  if (Number(req.headers["content-length"] ?? 0) > MAX_JSON_BODY_BYTES) {
    const tooLarge = tooLargeProblem();
    sendError(res, tooLarge.status, tooLarge.code, tooLarge.message, { headers: { Connection: "close" } });
    req.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BODY_BYTES) {
      const tooLarge = tooLargeProblem();
      sendError(res, tooLarge.status, tooLarge.code, tooLarge.message, { headers: { Connection: "close" } });
      req.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  const parsed = parseJsonObject(Buffer.concat(chunks).toString("utf8"));
  if (!parsed.ok) {
    sendError(res, parsed.problem.status, parsed.problem.code, parsed.problem.message);
    return null;
  }
  return parsed.body;
}
