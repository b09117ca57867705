import "server-only";
import type { ProtectedRouteRun } from "../auth/protected-route";
import { getPool } from "../db";
import { apiError } from "../http/api-error";
import { csvResponseHeaders } from "./csv-export";
import { openCampaignExport, type CampaignExportKind } from "./open-campaign-export";
import { toWebStream } from "./to-web-stream";

/**
 * The body of a campaign's CSV download, behind protectedRoute with "campaignOrganizer" in
 * the route file (401 signed out, 404 anyone else, moderators and admins included).
 * Streamed: the response starts at once and memory stays flat however many signers there are.
 */
export function sendCampaignExport(kind: CampaignExportKind): ProtectedRouteRun {
  return async ({ person, db, params }) => {
    const opened = await openCampaignExport({ db, pool: getPool(), kind, campaignId: String(params.campaignId), actorId: person.id });
    if (!opened) return apiError(404, "NOT_FOUND", "Not found.");
    return new Response(toWebStream(opened.stream), { headers: csvResponseHeaders(opened.fileName) });
  };
}
