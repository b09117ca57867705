import { campaignExportRoute } from "@/lib/exports/campaign-export-route";

// The campaign's confirmed signers who agreed to updates, as CSV (organizers only).
export const dynamic = "force-dynamic";
export const GET = campaignExportRoute("signers");
