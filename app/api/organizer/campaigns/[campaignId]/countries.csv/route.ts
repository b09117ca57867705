import { protectedRoute } from "@/lib/auth/protected-route";
import { sendCampaignExport } from "@/lib/exports/campaign-export-route";

// Confirmed signatures per country, as CSV (organizers only).
export const dynamic = "force-dynamic";
export const GET = protectedRoute({ access: "campaignOrganizer", run: sendCampaignExport("countries") });
