import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignHeader } from "@/components/dashboard/campaign-header";
import { CampaignTotals } from "@/components/dashboard/campaign-totals";
import { CountryTable } from "@/components/dashboard/country-table";
import { Downloads } from "@/components/dashboard/downloads";
import { LatestSigners } from "@/components/dashboard/latest-signers";
import { SignaturesOverTime } from "@/components/dashboard/signatures-over-time";
import styles from "@/components/dashboard/dashboard.module.css";
import { SharingStats } from "@/components/referrals/sharing-stats";
import { EmbedSnippet } from "@/components/embed/embed-snippet";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getOrganizerCampaign } from "@/lib/campaigns/get-organizer-campaign";
import { dashboardPath } from "@/lib/campaigns/organizer-paths";
import { chartSince, parseGranularity } from "@/lib/dashboard/chart-range";
import { getCampaignTotals } from "@/lib/dashboard/get-campaign-totals";
import { getLatestSigners } from "@/lib/dashboard/get-latest-signers";
import { getSignaturesByCountry } from "@/lib/dashboard/get-signatures-by-country";
import { getSignaturesOverTime } from "@/lib/dashboard/get-signatures-over-time";
import { getDb } from "@/lib/db";
import { channelsByDay, signaturesByChannel, topReferrers } from "@/lib/referrals/referral-stats";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ granularity?: string | string[] }>;
};

// A generic title: metadata is resolved before the page has checked who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaignDashboard");
  return { title: t("kicker"), robots: { index: false, follow: false } };
}

export default async function CampaignDashboardPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const { id } = await params;
  const granularity = parseGranularity((await searchParams).granularity);
  const basePath = dashboardPath(id);
  await requirePageAccess("campaignOrganizer", { returnTo: basePath, campaignId: id });

  const db = getDb();
  const campaign = await getOrganizerCampaign({ db, campaignId: id });
  if (!campaign) notFound();
  const [totals, overTime, countries, latest, channels, channelDays, referrers] = await Promise.all([
    getCampaignTotals({ db, campaignId: id }),
    getSignaturesOverTime({ db, campaignId: id, granularity, since: chartSince(granularity, campaign.createdAt, new Date()) }),
    getSignaturesByCountry({ db, campaignId: id }),
    getLatestSigners({ db, campaignId: id, limit: 20 }),
    signaturesByChannel(db, id),
    channelsByDay(db, id, 14),
    topReferrers(db, id),
  ]);
  const t = await getTranslations("campaignDashboard");

  return (
    <div className={`page ${styles.dashboard}`}>
      <p className={styles.back}>
        <Link href="/dashboard">{t("backToList")}</Link>
      </p>
      <CampaignHeader campaign={campaign} />
      <CampaignTotals totals={totals} goal={campaign.goal} goalIsFixed={campaign.goalIsFixed} />
      <SignaturesOverTime buckets={overTime.ok ? overTime.buckets : []} granularity={granularity} basePath={basePath} />
      <div className={styles.columns}>
        <CountryTable countries={countries} />
        <LatestSigners signers={latest} />
      </div>
      <Downloads campaignId={id} />
      <SharingStats channels={channels} byDay={channelDays} referrers={referrers} />
      <EmbedSnippet slug={campaign.slug} title={campaign.title} variant="section" status={campaign.status} />
    </div>
  );
}
