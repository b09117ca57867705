import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import { UpdateArticle } from "@/components/campaign/update-article";
import { ActionButtonForm } from "@/components/campaign-updates/action-button-form";
import { BroadcastProgress } from "@/components/campaign-updates/broadcast-progress";
import { SendPanel } from "@/components/campaign-updates/send-panel";
import { UpdateForm } from "@/components/campaign-updates/update-form";
import updateStyles from "@/components/campaign-updates/updates.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getOrganizerCampaign } from "@/lib/campaigns/get-organizer-campaign";
import { updatePath, updatesPath } from "@/lib/campaigns/organizer-paths";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/signing-availability";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { countUpdateRecipients } from "@/lib/updates/count-update-recipients";
import { getBroadcastProgress } from "@/lib/updates/get-broadcast-progress";
import { getCampaignUpdate } from "@/lib/updates/get-campaign-update";
import { publicUpdatePath } from "@/lib/updates/public-update-paths";
import { UPDATE_DONE } from "@/lib/updates/update-done";
import { SEND_CHOICES } from "@/lib/updates/update-input";
import { deleteUpdateAction, saveUpdateAction, sendUpdateAction, testUpdateAction, unpublishUpdateAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; id: string; updateId: string }>;
  searchParams: Promise<{ done?: string; count?: string; confirm?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaignUpdates");
  return { title: t("editMetaTitle"), robots: { index: false, follow: false } };
}

/**
 * One update: its form and preview while its text may change, a test email to oneself,
 * publishing and emailing with a confirmation step, the send's progress, and deleting a draft.
 */
export default async function UpdatePage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const { id, updateId } = await params;
  const pagePath = updatePath(id, updateId);
  const { person } = await requirePageAccess("campaignOrganizer", { returnTo: pagePath, campaignId: id });
  const db = getDb();
  const [campaign, update] = await Promise.all([getOrganizerCampaign({ db, campaignId: id }), getCampaignUpdate(db, id, updateId)]);
  if (!campaign || !update) notFound();
  const t = await getTranslations("campaignUpdates");
  const { done, count, confirm } = await searchParams;
  const doneKey = UPDATE_DONE.find((key) => key === done);
  const confirming = SEND_CHOICES.find((choice) => choice === confirm) ?? null;
  const emailed = update.broadcast !== null;
  const campaignIsPublic = PUBLIC_CAMPAIGN_STATUSES.includes(campaign.status);
  const [progress, recipients] = await Promise.all([
    update.broadcast ? getBroadcastProgress(db, update.broadcast.id) : null,
    confirming && confirming !== "publish" ? countUpdateRecipients(db, id) : 0,
  ]);
  const fields = { campaignId: id, updateId, version: String(update.version) };

  return (
    <div className="page">
      <div className={styles.header}>
        <p>
          <Link href={updatesPath(id)}>{t("backToList")}</Link>
        </p>
        <h1>{emailed ? t("sentTitle") : t("editTitle")}</h1>
        <p>{campaign.title}</p>
      </div>
      <div className={styles.sections}>
        {doneKey && (
          <p className="alert alert--ok" role="status" data-testid="update-done">
            {t(`done.${doneKey}`, { count: Number(count) || 0, email: person.email })}
          </p>
        )}
        {progress && <BroadcastProgress progress={progress} />}
        {emailed ? (
          <>
            <p className="alert alert--info">{t("sentNote")}</p>
            <div className="card">
              <UpdateArticle update={update} language={campaign.language} headingLevel={2} />
            </div>
          </>
        ) : (
          <UpdateForm
            key={update.version}
            action={saveUpdateAction}
            campaignId={id}
            updateId={updateId}
            version={update.version}
            initial={{ kind: update.kind, title: update.title, body: update.body }}
            submitLabel={t("saveChanges")}
            language={campaign.language}
          />
        )}
        <section className={`card ${updateStyles.panel}`} aria-labelledby="test-heading">
          <h2 id="test-heading">{t("testHeading")}</h2>
          <ActionButtonForm action={testUpdateAction} fields={{ campaignId: id, updateId }} label={t("testButton")} testId="test-form" secondary>
            <p>{t("testIntro", { email: person.email })}</p>
          </ActionButtonForm>
        </section>
        <SendPanel
          campaignId={id}
          update={{ id: updateId, version: update.version, publishedAt: update.publishedAt, emailed }}
          pagePath={pagePath}
          publicPath={update.publishedAt && campaignIsPublic ? publicUpdatePath(campaign.slug, updateId) : null}
          confirming={confirming}
          recipients={recipients}
          campaignIsPublic={campaignIsPublic}
          sendAction={sendUpdateAction}
          unpublishAction={unpublishUpdateAction}
        />
        {!emailed && !update.publishedAt && (
          <section className={`card ${updateStyles.panel}`} aria-labelledby="delete-heading" id="delete">
            <h2 id="delete-heading">{t("deleteHeading")}</h2>
            <p>{t("deleteIntro")}</p>
            {confirm === "delete" ? (
              <ActionButtonForm
                action={deleteUpdateAction}
                fields={fields}
                label={t("deleteConfirm")}
                testId="delete-confirm"
                className={styles.confirm}
                after={
                  <Link href={pagePath} className="button button--secondary">
                    {t("cancel")}
                  </Link>
                }
              />
            ) : (
              <p>
                <Link className="button button--secondary" href={`${pagePath}?confirm=delete#delete`}>
                  {t("deleteButton")}
                </Link>
              </p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
