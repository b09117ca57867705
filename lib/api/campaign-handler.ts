import type { ServerResponse } from "node:http";
import { toCampaignJson, toPublicCampaign } from "../campaigns/get-public-campaign";
import { isLocale } from "../i18n/locales";
import type { ApiContext } from "./api-context";
import { sendError, sendJson } from "./node-http";

/**
 * GET /api/v1/campaigns/{slug}[?lang=ko]: the title and summary in that language when the
 * campaign has it, else in its own. A CDN may keep it for a second and serve it stale while
 * it refreshes, so any number of pollers cost the origin about one request a second per edge.
 * No query per request: the campaign comes from the process's cache (a few seconds old at
 * most) and the count from the live counts the process keeps up to date.
 */
export async function handleGetCampaign(context: ApiContext, res: ServerResponse, slug: string, language: string | null): Promise<void> {
  const row = await context.publicCampaigns.find(slug);
  if (!row) return sendError(res, 404, "CAMPAIGN_NOT_FOUND", "No public campaign has this slug.");
  const campaign = toPublicCampaign(row, await context.liveCounts.count(row.id), { language: isLocale(language) ? language : undefined });
  sendJson(res, 200, toCampaignJson(campaign, context.appUrl), {
    "Cache-Control": "public, max-age=1, s-maxage=1, stale-while-revalidate=5",
  });
}
