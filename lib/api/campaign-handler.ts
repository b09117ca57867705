import type { ServerResponse } from "node:http";
import { toCampaignJson, toPublicCampaign } from "../campaigns/get-public-campaign";
import { isLocale } from "../i18n/locales";
import type { ApiContext } from "./api-context";
import { sendError, sendSerializedJson } from "./node-http";

type CachedRow = NonNullable<Awaited<ReturnType<ApiContext["publicCampaigns"]["find"]>>>;

// The last answer per cached campaign row and language, reused while the count is unchanged:
// a poll then costs a lookup and a write. Keyed by the row object, so it goes with it (5 s).
const answers = new WeakMap<CachedRow, Map<string, { count: number; body: string }>>();

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
  const count = await context.liveCounts.count(row.id);
  const asked = isLocale(language) ? language : undefined;
  let byLanguage = answers.get(row);
  if (!byLanguage) answers.set(row, (byLanguage = new Map()));
  let answer = byLanguage.get(asked ?? "");
  if (answer?.count !== count) {
    answer = { count, body: JSON.stringify(toCampaignJson(toPublicCampaign(row, count, { language: asked }), context.appUrl)) };
    byLanguage.set(asked ?? "", answer);
  }
  sendSerializedJson(res, 200, answer.body, {
    "Cache-Control": "public, max-age=1, s-maxage=1, stale-while-revalidate=5",
  });
}
