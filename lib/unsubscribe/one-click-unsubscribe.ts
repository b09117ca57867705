import type { Db } from "../db";
import { apiErrorBody } from "../http/api-error";
import { unsubscribeSignature } from "./unsubscribe-signature";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

/** A one-click body is a few bytes; anything much larger is not one. */
const MAX_BODY_BYTES = 4096;

export type OneClickAnswer = { status: number; body: unknown };

/**
 * POST /api/unsubscribe/<token> (RFC 8058): checks the token's signature and the body the
 * RFC prescribes (`List-Unsubscribe=One-Click`, form-encoded; multipart is accepted too,
 * as some clients send it), then stops this campaign's emails. A bad token or body
 * changes nothing and answers with the API's JSON error. Repeats answer 200.
 */
export async function oneClickUnsubscribe(
  db: Db,
  options: { secret: string; token: string; contentType: string | null; body: string },
): Promise<OneClickAnswer> {
  const signatureId = verifyUnsubscribeToken(options.secret, options.token);
  if (!signatureId) return { status: 404, body: apiErrorBody("INVALID_LINK", "This unsubscribe link is not valid.") };
  if (Buffer.byteLength(options.body) > MAX_BODY_BYTES || !isOneClickBody(options.contentType, options.body)) {
    return {
      status: 400,
      body: apiErrorBody("NOT_ONE_CLICK", "Send List-Unsubscribe=One-Click as the form-encoded body (RFC 8058)."),
    };
  }
  const result = await unsubscribeSignature(db, { signatureId });
  if (!result.ok) return { status: 404, body: apiErrorBody("INVALID_LINK", "This unsubscribe link is not valid.") };
  return { status: 200, body: { ok: true, unsubscribed: true } };
}

function isOneClickBody(contentType: string | null, body: string): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return new URLSearchParams(body).get("List-Unsubscribe") === "One-Click";
  if (type === "multipart/form-data") return /name="List-Unsubscribe"\r?\n\r?\nOne-Click\r?\n/.test(body);
  return false;
}
