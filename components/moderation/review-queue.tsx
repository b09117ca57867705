import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { approveCampaignAction, rejectCampaignAction } from "@/app/[locale]/(signed-in)/moderation/actions";
import { languageNamesIn } from "@/lib/campaigns/translations/language-names";
import type { listModerationQueue } from "@/lib/moderation/list-moderation-queue";
import { DecisionForm } from "./decision-form";
import { Timestamp } from "./timestamp";
import styles from "./moderation.module.css";

type Props = { campaigns: Awaited<ReturnType<typeof listModerationQueue>> };

/** Campaigns waiting for review, each with a preview link, Approve, and Reject with a reason. */
export async function ReviewQueue({ campaigns }: Props) {
  const t = await getTranslations("moderation");
  const tl = await getTranslations("moderationTranslations");
  const nameOf = languageNamesIn(await getLocale());
  const format = await getFormatter();
  return (
    <section className={styles.section} aria-labelledby="queue">
      <h2 id="queue">{t("queueHeading", { count: campaigns.length })}</h2>
      {campaigns.length === 0 ? (
        <p>{t("queueEmpty")}</p>
      ) : (
        <ol className={styles.list}>
          {campaigns.map((campaign) => (
            <li key={campaign.id} className={`card ${styles.item}`} data-testid="review-item">
              <div className={styles.about}>
                <h3 className={styles.title}>{campaign.title}</h3>
                <dl className={styles.facts}>
                  <div>
                    <dt>{t("organizer")}</dt>
                    <dd>{campaign.ownerEmail ?? t("noOrganizer")}</dd>
                  </div>
                  <div>
                    <dt>{tl("queueLanguages")}</dt>
                    <dd data-testid="review-languages">
                      {format.list(
                        [
                          tl("queueOriginal", { language: nameOf(campaign.language) }),
                          ...campaign.translations.map((translation) =>
                            translation.isDraft ? tl("queueDraft", { language: nameOf(translation.language) }) : nameOf(translation.language),
                          ),
                        ],
                        { type: "conjunction", style: "narrow" },
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{t("submitted")}</dt>
                    <dd>
                      <Timestamp value={campaign.submittedAt} />
                    </dd>
                  </div>
                </dl>
                <p className={styles.link}>
                  <Link href={`/moderation/campaigns/${campaign.id}`}>
                    {t("preview")}
                    <span className="visually-hidden">: {campaign.title}</span>
                  </Link>
                </p>
              </div>
              <div className={styles.decisions}>
                <DecisionForm
                  action={approveCampaignAction}
                  hidden={{ campaignId: campaign.id }}
                  submit={t("approve")}
                  subject={campaign.title}
                  testId="approve"
                />
                <DecisionForm
                  action={rejectCampaignAction}
                  hidden={{ campaignId: campaign.id }}
                  submit={t("reject")}
                  subject={campaign.title}
                  secondary
                  reason={{ label: t("rejectReason"), hint: t("reasonHint") }}
                  foldedBehind={t("rejectOpen")}
                  testId="reject"
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
