import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unpublishCampaignAction } from "@/app/[locale]/(signed-in)/moderation/actions";
import type { listLiveCampaigns } from "@/lib/moderation/list-live-campaigns";
import { DecisionForm } from "./decision-form";
import { Timestamp } from "./timestamp";
import styles from "./moderation.module.css";

type Props = Awaited<ReturnType<typeof listLiveCampaigns>>;

/** Published campaigns, each with Unpublish and a reason for its organizer. */
export async function LiveCampaigns({ campaigns, total }: Props) {
  const t = await getTranslations("moderation");
  return (
    <section className={styles.section} aria-labelledby="live">
      <h2 id="live">{t("liveHeading", { count: total })}</h2>
      {total > campaigns.length && <p>{t("liveShowing", { shown: campaigns.length, total })}</p>}
      {campaigns.length === 0 ? (
        <p>{t("liveEmpty")}</p>
      ) : (
        <ol className={styles.list}>
          {campaigns.map((campaign) => (
            <li key={campaign.id} className={`card ${styles.item}`} data-testid="live-item">
              <div className={styles.about}>
                <h3 className={styles.title}>
                  <Link href={`/c/${campaign.slug}`}>{campaign.title}</Link>
                </h3>
                <dl className={styles.facts}>
                  <div>
                    <dt>{t("organizer")}</dt>
                    <dd>{campaign.ownerEmail ?? t("noOrganizer")}</dd>
                  </div>
                  {campaign.publishedAt && (
                    <div>
                      <dt>{t("published")}</dt>
                      <dd>
                        <Timestamp value={campaign.publishedAt} />
                      </dd>
                    </div>
                  )}
                </dl>
              </div>
              <div className={styles.decisions}>
                <DecisionForm
                  action={unpublishCampaignAction}
                  hidden={{ campaignId: campaign.id }}
                  submit={t("unpublish")}
                  subject={campaign.title}
                  reason={{ label: t("unpublishReason"), hint: t("reasonHint") }}
                  foldedBehind={t("unpublishOpen")}
                  testId="unpublish"
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
