import type { IncomingMessage, ServerResponse } from "node:http";
import { containsForbiddenCharacters } from "../text/forbidden-characters";
import type { ApiContext } from "./api-context";
import { handleGetCampaign } from "./campaign-handler";
import { handleConfirm } from "./confirm-handler";
import { sendError } from "./node-http";
import { handleSign } from "./sign-handler";
import { handleCountStream } from "./stream-handler";
import { logError } from "../observability/log-error";

const CAMPAIGN_PATH = /^\/api\/v1\/campaigns\/([^/]+)(\/signatures|\/stream)?\/?$/;

/**
 * The hot JSON endpoints, served straight from node:http: on this hardware a Next.js
 * route handler tops out near 850 requests/s, a plain handler at tens of thousands.
 * Returns false for anything else, which Next.js then serves.
 */
export function createApiRouter(context: ApiContext) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (path === "/api/v1/confirmations") {
      if (req.method !== "POST") sendError(res, 405, "METHOD_NOT_ALLOWED", `${req.method} is not supported here.`);
      else run(req, res, path, () => handleConfirm(context, req, res));
      return true;
    }
    const match = CAMPAIGN_PATH.exec(path);
    if (!match) return false;
    let slug: string;
    try {
      slug = decodeURIComponent(match[1]!);
    } catch {
      sendError(res, 400, "INVALID_PATH", "The campaign slug in the path is not valid.");
      return true;
    }
    // No slug holds such characters, and a NUL (%00) would make PostgreSQL fail the query.
    if (containsForbiddenCharacters(slug)) {
      sendError(res, 404, "CAMPAIGN_NOT_FOUND", "No campaign has this slug.");
      req.resume();
      return true;
    }
    const action = match[2] ?? "";
    const route =
      action === "" && (req.method === "GET" || req.method === "HEAD")
        ? () => handleGetCampaign(context, res, slug, new URLSearchParams((req.url ?? "").split("?")[1] ?? "").get("lang"))
        : action === "/signatures" && req.method === "POST"
          ? () => handleSign(context, req, res, slug)
          : action === "/stream" && req.method === "GET"
            ? () => handleCountStream(context, req, res, slug)
            : null;
    if (!route) {
      sendError(res, 405, "METHOD_NOT_ALLOWED", `${req.method} is not supported here.`);
      return true;
    }
    run(req, res, path, route);
    return true;
  };
}

function run(req: IncomingMessage, res: ServerResponse, path: string, handler: () => Promise<void>) {
  handler().catch((error) => {
    logError(`api ${req.method} ${path}`, error);
    if (!res.headersSent) sendError(res, 500, "INTERNAL_ERROR", "Something went wrong; nothing was saved. Try again.");
    else res.end();
  });
}
