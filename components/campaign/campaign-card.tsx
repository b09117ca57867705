import Image from "next/image";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicCampaignCard } from "@/lib/campaigns/list-public-campaigns";
import styles from "./campaign-directory.module.css";

const BADGE_KEYS = { open: "badgeOpen", closingSoon: "badgeClosingSoon", won: "badgeWon", closed: "badgeClosed" } as const;

/** One campaign in a list: public fields and the count only. */
export async function CampaignCard({ campaign }: { campaign: PublicCampaignCard }) {
  const t = await getTranslations("home");
  const format = await getFormatter();
  const progressId = `progress-${campaign.id}`;
  return (
    <li className={`card ${styles.card}`} data-testid="campaign-card">
      {campaign.imageUrl ? (
        // The title beside it names the campaign: without a description of its own the image is decorative.
        <Image className={styles.image} src={campaign.imageUrl} alt={campaign.imageAlt ?? ""} width={1200} height={630} unoptimized />
      ) : (
        <div className={styles.placeholder} aria-hidden="true" />
      )}
      <div className={styles.cardBody}>
        <span className={`${styles.badge} ${styles[`badge-${campaign.badge}`]}`} data-testid="campaign-badge">
          {t(BADGE_KEYS[campaign.badge])}
        </span>
        <h3 lang={campaign.language}>
          <Link href={`/c/${campaign.slug}`}>{campaign.title}</Link>
        </h3>
        <p className={styles.target} lang={campaign.targetLanguage}>
          {t("petitionTo", { target: campaign.target })}
        </p>
        <p className={styles.summary} lang={campaign.language}>
          {campaign.summary}
        </p>
        <div className={styles.progress}>
          <progress max={campaign.goal} value={Math.min(campaign.signatureCount, campaign.goal)} aria-labelledby={progressId} />
          <p id={progressId}>
            {t("progress", { count: format.number(campaign.signatureCount), goal: format.number(campaign.goal) })}
          </p>
        </div>
      </div>
    </li>
  );
}
