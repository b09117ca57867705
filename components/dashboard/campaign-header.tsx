import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { editPath, teamPath, translationsPath, updatesPath } from "@/lib/campaigns/organizer-paths";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/signing-availability";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import styles from "./dashboard.module.css";

type Props = { campaign: { id: string; slug: string; title: string; status: CampaignStatus } };

/** The campaign's title and status, and where an organizer goes from here. */
export async function CampaignHeader({ campaign }: Props) {
  const t = await getTranslations("campaignDashboard");
  const statuses = await getTranslations("dashboard.statuses");
  const tt = await getTranslations("campaignTranslations");
  const tu = await getTranslations("campaignUpdates");
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>{t("kicker")}</p>
      <h1 className={styles.title}>{campaign.title}</h1>
      <p className={styles.status} data-testid="campaign-status">
        {t("statusLabel", { status: statuses(campaign.status) })}
      </p>
      <nav aria-label={t("linksLabel")}>
        <ul className={styles.links}>
          <li>
            <Link href={editPath(campaign.id)}>{t("edit")}</Link>
          </li>
          {PUBLIC_CAMPAIGN_STATUSES.includes(campaign.status) && (
            <li>
              <Link href={`/c/${campaign.slug}`}>{t("publicPage")}</Link>
            </li>
          )}
          <li>
            <Link href={translationsPath(campaign.id)}>{tt("linkFromDashboard")}</Link>
          </li>
          <li>
            <Link href={updatesPath(campaign.id)}>{tu("linkFromDashboard")}</Link>
          </li>
          <li>
            <Link href={teamPath(campaign.id)}>{t("team")}</Link>
          </li>
          <li>
            <a href="#downloads">{t("downloadsHeading")}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
