import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignDirectory } from "@/components/campaign/campaign-directory";
import { MAX_SEARCH_LENGTH } from "@/lib/campaigns/campaign-search";
import { listPublicCampaigns } from "@/lib/campaigns/list-public-campaigns";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

async function readSearch(searchParams: SearchParams) {
  const values = await searchParams;
  return { query: first(values.q).slice(0, MAX_SEARCH_LENGTH), page: Number.parseInt(first(values.page), 10) || 1 };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await setPageLocale(params);
  const t = await getTranslations("home");
  const { query } = await readSearch(searchParams);
  // Result pages are for visitors, not for search engines' indexes.
  return { title: query.trim() ? t("searchMetaTitle", { query: query.trim() }) : t("browseTitle"), robots: { index: false, follow: true } };
}

/** Search results (?q=) and further pages of the list (?page=), rendered per request. */
export default async function SearchPage({ params, searchParams }: Props) {
  const language = await setPageLocale(params);
  const t = await getTranslations("home");
  const { query, page } = await readSearch(searchParams);
  const db = getDb();
  const now = new Date();
  const [open, ended] = await Promise.all([
    listPublicCampaigns({ db, section: "open", query, page, language, now }),
    listPublicCampaigns({ db, section: "ended", query, page, language, now }),
  ]);
  const heading = query.trim() ? t("searchTitle") : t("browseTitle");
  return <CampaignDirectory heading={heading} query={query.trim()} open={open} ended={ended} />;
}
