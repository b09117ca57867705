import Link from "next/link";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/signing-availability";
import { getTranslations } from "next-intl/server";
import { resolveReportAction } from "@/app/[locale]/(signed-in)/moderation/actions";
import type { listOpenReports } from "@/lib/moderation/list-open-reports";
import { DecisionForm } from "./decision-form";
import { Timestamp } from "./timestamp";
import styles from "./moderation.module.css";

type Props = { reports: Awaited<ReturnType<typeof listOpenReports>> };

/**
 * Reports nobody has handled: the campaign, what the reporter said, when and who (moderators
 * only), with Dismiss and Take action (optionally unpublishing a live campaign).
 */
export async function OpenReports({ reports }: Props) {
  const t = await getTranslations("moderation");
  return (
    <section className={styles.section} aria-labelledby="reports">
      <h2 id="reports">{t("reportsHeading", { count: reports.length })}</h2>
      {reports.length === 0 ? (
        <p>{t("reportsEmpty")}</p>
      ) : (
        <ol className={styles.list}>
          {reports.map((report) => {
            const live = PUBLIC_CAMPAIGN_STATUSES.includes(report.campaign.status);
            return (
              <li key={report.id} className={`card ${styles.item}`} data-testid="report-item">
                <div className={styles.about}>
                  <h3 className={styles.title}>
                    <Link href={live ? `/c/${report.campaign.slug}` : `/moderation/campaigns/${report.campaign.id}`}>{report.campaign.title}</Link>
                  </h3>
                  <dl className={styles.facts}>
                    <div>
                      <dt>{t("campaignStatus")}</dt>
                      <dd>{t(`statuses.${report.campaign.status}`)}</dd>
                    </div>
                    <div>
                      <dt>{t("reported")}</dt>
                      <dd>
                        <Timestamp value={report.createdAt} />
                      </dd>
                    </div>
                    <div>
                      <dt>{t("reporter")}</dt>
                      <dd>{report.reporterEmail ?? t("reporterUnknown")}</dd>
                    </div>
                  </dl>
                  <p className={styles.label}>{t("reportReason")}</p>
                  <blockquote className={styles.quote}>{report.reason}</blockquote>
                </div>
                <div className={styles.decisions}>
                  <DecisionForm
                    action={resolveReportAction}
                    hidden={{ reportId: report.id, outcome: "DISMISSED" }}
                    submit={t("dismiss")}
                    subject={report.campaign.title}
                    secondary
                    testId="dismiss"
                  />
                  <DecisionForm
                    action={resolveReportAction}
                    hidden={{ reportId: report.id, outcome: "ACTIONED" }}
                    submit={t("takeAction")}
                    subject={report.campaign.title}
                    {...(live && {
                      checkbox: { name: "unpublish", label: t("alsoUnpublish") },
                      reason: { label: t("unpublishReason"), hint: `${t("takeActionHint")} ${t("reasonHint")}` },
                      foldedBehind: t("takeActionOpen"),
                    })}
                    testId="take-action"
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
