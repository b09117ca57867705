import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CampaignStory } from "@/components/campaign/campaign-story";
import { CLOSABLE_STATUSES, WINNABLE_STATUSES } from "@/lib/campaigns/campaign-lifecycle";
import type { CampaignForEditing } from "@/lib/campaigns/get-campaign-for-editing";
import type { FormState } from "@/lib/forms/form-state";
import { CloseCampaignForm } from "./close-campaign-form";
import { MarkWonForm } from "./mark-won-form";
import styles from "./campaign-pages.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  campaign: CampaignForEditing;
  /** The edit page's own path, for the close step's link and its cancel. */
  pagePath: string;
  confirmingClose: boolean;
  closeAction: Action;
  markWonAction: Action;
};

/** Closing and winning, for a live or closed campaign; the victory message once won. */
export async function LifecyclePanel({ campaign, pagePath, confirmingClose, closeAction, markWonAction }: Props) {
  const t = await getTranslations("lifecycle");
  const canClose = CLOSABLE_STATUSES.includes(campaign.status);
  const canWin = WINNABLE_STATUSES.includes(campaign.status);
  if (!canClose && !canWin && campaign.status !== "WON") return null;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t("actionsHeading")}</h2>
      {campaign.status === "WON" && campaign.victoryMessage && (
        <div className={styles.step} data-testid="victory-message">
          <h3>{t("victoryHeading")}</h3>
          <div lang={campaign.language}>
            <CampaignStory markdown={campaign.victoryMessage} />
          </div>
        </div>
      )}
      {canClose && (
        <div className={styles.step} id="close">
          <h3>{t("closeHeading")}</h3>
          <p>{t("closeIntro")}</p>
          {confirmingClose ? (
            <CloseCampaignForm action={closeAction} campaignId={campaign.id} cancelHref={pagePath} />
          ) : (
            <p>
              <Link className="button button--secondary" href={`${pagePath}?confirm=close#close`}>
                {t("closeButton")}
              </Link>
            </p>
          )}
        </div>
      )}
      {canWin && (
        <div className={styles.step}>
          <h3 id="won-heading">{t("wonHeading")}</h3>
          <p>{t("wonIntro")}</p>
          <MarkWonForm action={markWonAction} campaignId={campaign.id} />
        </div>
      )}
    </section>
  );
}
