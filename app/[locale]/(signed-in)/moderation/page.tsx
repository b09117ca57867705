import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LiveCampaigns } from "@/components/moderation/live-campaigns";
import { OpenReports } from "@/components/moderation/open-reports";
import { ReviewQueue } from "@/components/moderation/review-queue";
import styles from "@/components/moderation/moderation.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { listLiveCampaigns } from "@/lib/moderation/list-live-campaigns";
import { listModerationQueue } from "@/lib/moderation/list-moderation-queue";
import { listOpenReports } from "@/lib/moderation/list-open-reports";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string }> };

const DONE = ["approved", "rejected", "unpublished", "dismissed", "actioned", "actionedUnpublished"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ModerationPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  await requirePageAccess("moderator", { returnTo: "/moderation" });
  const t = await getTranslations("moderation");
  const db = getDb();
  const [queue, reports, live] = await Promise.all([listModerationQueue({ db }), listOpenReports({ db }), listLiveCampaigns({ db })]);
  const requested = (await searchParams).done;
  const done = DONE.find((key) => key === requested);
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {done && (
        <p className={`alert alert--ok ${styles.done}`} role="status" data-testid="moderation-done">
          {t(`done.${done}`)}
        </p>
      )}
      <nav aria-label={t("sections")}>
        <ul className={styles.sections}>
          <li>
            <a href="#queue">{t("queueHeading", { count: queue.length })}</a>
          </li>
          <li>
            <a href="#reports">{t("reportsHeading", { count: reports.length })}</a>
          </li>
          <li>
            <a href="#live">{t("liveHeading", { count: live.total })}</a>
          </li>
        </ul>
      </nav>
      <ReviewQueue campaigns={queue} />
      <OpenReports reports={reports} />
      <LiveCampaigns {...live} />
    </div>
  );
}
