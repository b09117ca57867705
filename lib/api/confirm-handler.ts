import type { IncomingMessage, ServerResponse } from "node:http";
import { confirmSignature } from "../signatures/confirm-signature";
import type { ApiContext } from "./api-context";
import { readJsonObject, sendError, sendJson } from "./node-http";

/** POST /api/v1/confirmations with `{ "token": "…" }`: what the confirm page's button does, for apps. */
export async function handleConfirm(context: ApiContext, req: IncomingMessage, res: ServerResponse) {
  const body = await readJsonObject(req, res);
  if (!body) return;
  if (typeof body.token !== "string" || body.token.length > 200) {
    return sendError(res, 422, "VALIDATION_FAILED", "Send the token from the confirmation link.", {
      fields: { token: "Send the token from the confirmation link." },
    });
  }
  const result = await confirmSignature({ db: context.db, token: body.token });
  if (result.ok) {
    return sendJson(res, 200, {
      status: result.alreadyConfirmed ? "already_confirmed" : "confirmed",
      campaign: result.campaignSlug,
    });
  }
  switch (result.code) {
    case "TOKEN_INVALID":
      return sendError(res, 404, "TOKEN_INVALID", "This confirmation link is not valid.");
    case "TOKEN_EXPIRED":
      return sendError(res, 410, "TOKEN_EXPIRED", "This confirmation link has expired; sign again to get a new one.");
    case "CAMPAIGN_CLOSED":
      return sendError(res, 409, "CAMPAIGN_CLOSED", "The campaign closed before this signature was confirmed.");
  }
}
