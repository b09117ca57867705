import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import { UpdateList } from "@/components/campaign-updates/update-list";
import updateStyles from "@/components/campaign-updates/updates.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getOrganizerCampaign } from "@/lib/campaigns/get-organizer-campaign";
import { dashboardPath, newUpdatePath, updatesPath } from "@/lib/campaigns/organizer-paths";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { listCampaignUpdates } from "@/lib/updates/list-campaign-updates";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string }>;
};

// A generic title: metadata is resolved before the page has checked who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaignUpdates");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** The campaign's updates with their state on the page and by email, and the way to write one. */
export default async function UpdatesPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const { id } = await params;
  await requirePageAccess("campaignOrganizer", { returnTo: updatesPath(id), campaignId: id });
  const db = getDb();
  const campaign = await getOrganizerCampaign({ db, campaignId: id });
  if (!campaign) notFound();
  const updates = await listCampaignUpdates(db, id);
  const t = await getTranslations("campaignUpdates");
  const { done } = await searchParams;

  return (
    <div className="page">
      <div className={styles.header}>
        <p>
          <Link href={dashboardPath(id)}>{t("backToDashboard")}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p>{campaign.title}</p>
      </div>
      <div className={styles.sections}>
        {done === "deleted" && (
          <p className="alert alert--ok" role="status" data-testid="updates-done">
            {t("done.deleted")}
          </p>
        )}
        <div className={updateStyles.intro}>
          <p>{t("intro")}</p>
          <p>
            <Link className="button" href={newUpdatePath(id)}>
              {t("newButton")}
            </Link>
          </p>
        </div>
        <UpdateList campaignId={id} updates={updates} />
      </div>
    </div>
  );
}
