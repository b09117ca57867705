import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/signing-availability";
import type { CampaignForEditing } from "@/lib/campaigns/get-campaign-for-editing";
import styles from "./campaign-pages.module.css";

/** Where the campaign stands: its status and what that means, its public address once public, a moderator's reason. */
export async function CampaignStatusPanel({ campaign, appUrl }: { campaign: CampaignForEditing; appUrl: string }) {
  const t = await getTranslations("lifecycle");
  const te = await getTranslations("editCampaign");
  const publicPath = `/c/${campaign.slug}`;
  return (
    <section className={`card ${styles.status}`} aria-labelledby="status-heading">
      <h2 id="status-heading">{t("statusHeading")}</h2>
      <p>
        <span className={styles.badge} data-testid="campaign-status">
          {t(`statuses.${campaign.status}`)}
        </span>
      </p>
      <p>{t(`statusHelp.${campaign.status}`)}</p>
      {PUBLIC_CAMPAIGN_STATUSES.includes(campaign.status) && (
        <p className={styles.address}>
          {te("publicAddress")}:{" "}
          <Link href={publicPath} data-testid="public-link">
            {new URL(publicPath, appUrl).toString()}
          </Link>
        </p>
      )}
      {campaign.status === "REJECTED" && (
        <div className="alert alert--error" data-testid="moderation-reason">
          <h3>{te("rejectedHeading")}</h3>
          {campaign.moderationReason && (
            <p>
              <strong>{te("reasonLabel")}</strong> {campaign.moderationReason}
            </p>
          )}
          <p>{te("rejectedBody")}</p>
        </div>
      )}
      {campaign.status === "IN_REVIEW" && <p className="alert alert--info">{te("inReviewBody")}</p>}
      {(campaign.status === "CLOSED" || campaign.status === "WON") && <p className="alert alert--info">{te("endedBody")}</p>}
    </section>
  );
}
