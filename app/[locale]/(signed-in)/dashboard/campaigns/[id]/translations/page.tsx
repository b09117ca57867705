import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TranslationList } from "@/components/campaign-translations/translation-list";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import listStyles from "@/components/campaign-translations/translations.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { editableFields } from "@/lib/campaigns/campaign-lifecycle";
import { getCampaignForEditing } from "@/lib/campaigns/get-campaign-for-editing";
import { editPath, translationsPath } from "@/lib/campaigns/organizer-paths";
import { languageNamesIn } from "@/lib/campaigns/translations/language-names";
import { listCampaignTranslations } from "@/lib/campaigns/translations/list-campaign-translations";
import { TRANSLATION_DONE } from "@/lib/campaigns/translations/translation-form-result";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ done?: string; language?: string }>;
};

// A generic title: metadata is resolved before the page has checked who is asking.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaignTranslations");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** The campaign's languages: its own, and each other configured one translated, a draft, or not yet. */
export default async function TranslationsPage({ params, searchParams }: Props) {
  const locale = await setPageLocale(params);
  const { id } = await params;
  await requirePageAccess("campaignOrganizer", { returnTo: translationsPath(id), campaignId: id });
  const db = getDb();
  const campaign = await getCampaignForEditing({ db, campaignId: id });
  if (!campaign) notFound();
  const translations = await listCampaignTranslations(db, id);
  const t = await getTranslations("campaignTranslations");
  const { done, language } = await searchParams;
  const doneKey = TRANSLATION_DONE.find((key) => key === done);
  const editable = editableFields(campaign).length > 0;
  const nameOf = languageNamesIn(locale);

  return (
    <div className="page">
      <div className={styles.header}>
        <p>
          <Link href={editPath(id)}>{t("backToEdit")}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p lang={campaign.language}>{campaign.title}</p>
      </div>
      <div className={styles.sections}>
        {doneKey && isLocale(language) && (
          <p className="alert alert--ok" role="status" data-testid="translations-done">
            {t(`done.${doneKey === "published" && campaign.status !== "PUBLISHED" ? "publishedNotLive" : doneKey}`, { language: nameOf(language) })}
          </p>
        )}
        {!editable && (
          <p className="alert alert--info" data-testid="translations-read-only">
            {t(campaign.status === "IN_REVIEW" ? "readOnly.inReview" : "readOnly.ended")}
          </p>
        )}
        <div className={listStyles.intro}>
          <p>{t("intro")}</p>
          <p>
            {t("draftsIntro")}
            {editable && campaign.status !== "PUBLISHED" && ` ${t("notLiveYet")}`}
          </p>
        </div>
        <TranslationList campaign={campaign} translations={translations} editable={editable} />
      </div>
    </div>
  );
}
