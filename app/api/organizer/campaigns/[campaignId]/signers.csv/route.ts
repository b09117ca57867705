import { protectedRoute } from "@/lib/auth/protected-route";
import { sendCampaignExport } from "@/lib/exports/campaign-export-route";

// The campaign's confirmed signers who agreed to updates, as CSV (organizers only).
export const dynamic = "force-dynamic";
export const GET = protectedRoute({ access: "campaignOrganizer", run: sendCampaignExport("signers") });
