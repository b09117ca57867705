import { campaignExportRoute } from "@/lib/exports/campaign-export-route";

// Confirmed signatures per country, as CSV (organizers only).
export const dynamic = "force-dynamic";
export const GET = campaignExportRoute("countries");
