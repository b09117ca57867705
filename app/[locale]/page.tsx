import { getTranslations } from "next-intl/server";
import { CampaignDirectory } from "@/components/campaign/campaign-directory";
import { listPublicCampaigns } from "@/lib/campaigns/list-public-campaigns";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";

// Cacheable HTML like a campaign page: rendered on the first visit per language, then
// served from cache and refreshed in the background at most every 30 s. Searches and
// further pages are at /search, which reads its query on every request.
export const revalidate = 30;

// None at build time (there may be no database then): each language is rendered on its first
// request and cached from there. Without this export the route would render on every request.
export function generateStaticParams() {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const language = await setPageLocale(params);
  const t = await getTranslations("home");
  const db = getDb();
  const now = new Date();
  const [open, ended] = await Promise.all([
    listPublicCampaigns({ db, section: "open", language, now }),
    listPublicCampaigns({ db, section: "ended", language, now }),
  ]);
  return <CampaignDirectory heading={t("title")} intro={t("intro")} query="" open={open} ended={ended} />;
}
