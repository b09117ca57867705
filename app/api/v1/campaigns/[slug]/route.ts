import { getPublicCampaign, toCampaignJson } from "@/lib/campaigns/get-public-campaign";
import { apiError } from "@/lib/http/api-error";
import { getServices } from "@/lib/server/services";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { env, db } = getServices();
  const campaign = await getPublicCampaign(db, (await params).slug);
  if (!campaign) return apiError(404, "CAMPAIGN_NOT_FOUND", "No public campaign has this slug.");
  return Response.json(toCampaignJson(campaign, env.APP_URL), {
    headers: { "Cache-Control": "public, max-age=1, s-maxage=1, stale-while-revalidate=10" },
  });
}
