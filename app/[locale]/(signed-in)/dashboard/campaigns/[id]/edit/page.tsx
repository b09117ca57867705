import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaign-editor/campaign-form";
import { campaignFormValues } from "@/components/campaign-editor/campaign-form-values";
import { CampaignPreview } from "@/components/campaign-editor/campaign-preview";
import { CampaignStatusPanel } from "@/components/campaign-editor/campaign-status-panel";
import { deadlineBounds } from "@/components/campaign-editor/deadline-bounds";
import { LifecyclePanel } from "@/components/campaign-editor/lifecycle-panel";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { editableFields, SUBMITTABLE_STATUSES } from "@/lib/campaigns/campaign-lifecycle";
import { getCampaignForEditing } from "@/lib/campaigns/get-campaign-for-editing";
import { editPath, translationsPath } from "@/lib/campaigns/organizer-paths";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { closeCampaignAction, markCampaignWonAction, updateCampaignAction } from "./actions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; confirm?: string }>;
};

const DONE = ["saved", "submitted", "published", "closed", "won"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editCampaign");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function EditCampaignPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const { id } = await params;
  const pagePath = editPath(id);
  const { person } = await requirePageAccess("campaignOrganizer", { returnTo: pagePath, campaignId: id });
  const campaign = await getCampaignForEditing({ db: getDb(), campaignId: id });
  if (!campaign) notFound();
  const t = await getTranslations("editCampaign");
  const tt = await getTranslations("campaignTranslations");
  const { done, confirm } = await searchParams;
  const doneKey = DONE.find((key) => key === done);
  const editable = editableFields(campaign).length > 0;
  const submittable = SUBMITTABLE_STATUSES.includes(campaign.status);

  return (
    <div className="page">
      <div className={styles.header}>
        <p>
          <Link href="/dashboard">{t("backToDashboard")}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p lang={campaign.language}>{campaign.title}</p>
        <p>
          <Link href={translationsPath(campaign.id)} data-testid="translations-link">
            {tt("linkFromEdit")}
          </Link>
        </p>
      </div>
      <div className={styles.sections}>
        {doneKey && (
          <p className="alert alert--ok" role="status" data-testid="edit-done">
            {t(`done.${doneKey === "saved" && campaign.status !== "DRAFT" ? "changesSaved" : doneKey}`)}
          </p>
        )}
        <CampaignStatusPanel campaign={campaign} appUrl={getEnv().APP_URL} />
        {editable ? (
          <CampaignForm
            key={campaign.updatedAt.toISOString()}
            action={updateCampaignAction}
            campaignId={campaign.id}
            initial={campaignFormValues(campaign)}
            buttons={{
              save: campaign.status === "DRAFT" ? "saveDraft" : "saveChanges",
              submit: submittable ? (person.trusted ? "publishNow" : "submitForReview") : null,
            }}
            slugFixed={campaign.publishedAt !== null}
            suggestSlug={false}
            currentImage={campaign.imageUrl ? { url: campaign.imageUrl, alt: campaign.imageAlt ?? "" } : null}
            deadlineBounds={deadlineBounds()}
          />
        ) : (
          <CampaignPreview
            content={{
              title: campaign.title,
              target: campaign.target,
              summary: campaign.summary,
              story: campaign.story,
              language: campaign.language,
              image: campaign.imageUrl ? { src: campaign.imageUrl, alt: campaign.imageAlt ?? "" } : null,
            }}
          />
        )}
        <LifecyclePanel
          campaign={campaign}
          pagePath={pagePath}
          confirmingClose={confirm === "close"}
          closeAction={closeCampaignAction}
          markWonAction={markCampaignWonAction}
        />
      </div>
    </div>
  );
}
