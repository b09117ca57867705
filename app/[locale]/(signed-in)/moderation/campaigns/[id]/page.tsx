import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CampaignStory } from "@/components/campaign/campaign-story";
import { ModerationTranslations } from "@/components/campaign-translations/moderation-translations";
import { CampaignDecisions } from "@/components/moderation/campaign-decisions";
import styles from "@/components/moderation/preview.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { getCampaignPreview } from "@/lib/moderation/get-campaign-preview";

type Props = { params: Promise<{ locale: string; id: string }> };

// Metadata is rendered before the page's access check: it must not carry the campaign's title,
// or anyone knowing an unpublished campaign's id could read it from the refusal.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** A campaign in any status as its public page will show it, with the moderator's decisions. */
export default async function CampaignPreviewPage({ params }: Props) {
  await setPageLocale(params);
  const { id } = await params;
  await requirePageAccess("moderator", { returnTo: `/moderation/campaigns/${id}` });
  const campaign = await getCampaignPreview({ db: getDb(), campaignId: id });
  if (!campaign) notFound();
  const t = await getTranslations("moderation");
  const tc = await getTranslations("campaign");
  const format = await getFormatter();

  return (
    <div className="page">
      <p>
        <Link href="/moderation">{t("backToModeration")}</Link>
      </p>
      <div className={`alert alert--info ${styles.notice}`} data-testid="preview-notice">
        <p>{t("previewNotice")}</p>
        <p>{t("previewStatus", { status: t(`statuses.${campaign.status}`) })}</p>
        {campaign.moderationReason && <p className={styles.reason}>{t("previewEarlierReason", { reason: campaign.moderationReason })}</p>}
      </div>
      <article className="campaign">
        <header className="campaign__head">
          {campaign.imageUrl && (
            <Image
              className="campaign__image"
              src={campaign.imageUrl}
              alt={campaign.imageAlt ?? tc("imageDefaultAlt")}
              width={1200}
              height={630}
              unoptimized
            />
          )}
          <p className="campaign__kicker" style={{ marginTop: "1.25rem" }}>
            {tc("petitionTo")}
          </p>
          <p className="campaign__target">
            <strong lang={campaign.language}>{campaign.target}</strong>
          </p>
          <h1 className="campaign__title" lang={campaign.language}>
            {campaign.title}
          </h1>
          <p className="campaign__summary" lang={campaign.language}>
            {campaign.summary}
          </p>
        </header>

        <aside className="campaign__aside" aria-labelledby="decision-heading">
          <div className="card">
            <h2 id="decision-heading" className={styles.asideHeading}>
              {t("decisionHeading")}
            </h2>
            <ul className={styles.facts}>
              <li>{t("previewGoal", { goal: campaign.goal })}</li>
              {campaign.closesAt && <li>{t("previewCloses", { date: format.dateTime(campaign.closesAt, { dateStyle: "long" }) })}</li>}
              {campaign.hashtag && <li>{t("previewHashtag", { hashtag: campaign.hashtag })}</li>}
              <li>
                {t("organizer")}: {campaign.ownerEmail ?? t("noOrganizer")}
              </li>
            </ul>
            <CampaignDecisions campaign={campaign} />
          </div>
        </aside>

        <section className="campaign__story" aria-labelledby="story-heading">
          <h2 id="story-heading">{tc("storyHeading")}</h2>
          <div lang={campaign.language}>
            <CampaignStory markdown={campaign.story} />
          </div>
        </section>
      </article>
      <ModerationTranslations sourceLanguage={campaign.language} hasImage={Boolean(campaign.imageUrl)} translations={campaign.translations} />
    </div>
  );
}
