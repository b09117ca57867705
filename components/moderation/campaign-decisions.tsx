import { getTranslations } from "next-intl/server";
import { approveCampaignAction, rejectCampaignAction, unpublishCampaignAction } from "@/app/[locale]/(signed-in)/moderation/actions";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import { DecisionForm } from "./decision-form";
import styles from "./preview.module.css";

type Props = { campaign: { id: string; title: string; status: CampaignStatus } };

/** On the preview page: the decisions the campaign's status allows (none for a draft or a closed one). */
export async function CampaignDecisions({ campaign }: Props) {
  const t = await getTranslations("moderation");
  const common = { hidden: { campaignId: campaign.id }, subject: campaign.title };
  if (campaign.status === "IN_REVIEW") {
    return (
      <div className={styles.decisions}>
        <DecisionForm action={approveCampaignAction} submit={t("approve")} testId="approve" {...common} />
        <DecisionForm
          action={rejectCampaignAction}
          submit={t("reject")}
          secondary
          reason={{ label: t("rejectReason"), hint: t("reasonHint") }}
          foldedBehind={t("rejectOpen")}
          testId="reject"
          {...common}
        />
      </div>
    );
  }
  if (campaign.status === "PUBLISHED") {
    return (
      <div className={styles.decisions}>
        <DecisionForm
          action={unpublishCampaignAction}
          submit={t("unpublish")}
          reason={{ label: t("unpublishReason"), hint: t("reasonHint") }}
          foldedBehind={t("unpublishOpen")}
          testId="unpublish"
          {...common}
        />
      </div>
    );
  }
  return null;
}
