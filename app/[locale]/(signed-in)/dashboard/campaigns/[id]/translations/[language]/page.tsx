import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignPreview } from "@/components/campaign-editor/campaign-preview";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import { RemoveTranslationForm } from "@/components/campaign-translations/remove-translation-form";
import { TranslationForm } from "@/components/campaign-translations/translation-form";
import translationStyles from "@/components/campaign-translations/translations.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { editableFields } from "@/lib/campaigns/campaign-lifecycle";
import { getCampaignForEditing } from "@/lib/campaigns/get-campaign-for-editing";
import { editPath, translationPath, translationsPath } from "@/lib/campaigns/organizer-paths";
import { languageNamesIn } from "@/lib/campaigns/translations/language-names";
import { listCampaignTranslations } from "@/lib/campaigns/translations/list-campaign-translations";
import { translationState } from "@/lib/campaigns/translations/translation-state";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { removeTranslationAction, saveTranslationAction } from "../actions";

type Props = {
  params: Promise<{ locale: string; id: string; language: string }>;
  searchParams: Promise<{ confirm?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaignTranslations");
  return { title: t("formMetaTitle"), robots: { index: false, follow: false } };
}

/**
 * One language's translation: the form beside a preview in that language, and removing it;
 * read-only while the campaign cannot be changed. A language Chorus does not offer is a 404;
 * the campaign's own language is edited on the edit page, so it leads there.
 */
export default async function TranslationPage({ params, searchParams }: Props) {
  const locale = await setPageLocale(params);
  const { id, language } = await params;
  const pagePath = translationPath(id, language);
  await requirePageAccess("campaignOrganizer", { returnTo: pagePath, campaignId: id });
  if (!isLocale(language)) notFound();
  const db = getDb();
  const campaign = await getCampaignForEditing({ db, campaignId: id });
  if (!campaign) notFound();
  if (language === campaign.language) redirect(editPath(id));
  const translation = (await listCampaignTranslations(db, id)).find((row) => row.language === language) ?? null;
  const t = await getTranslations("campaignTranslations");
  const nameOf = languageNamesIn(locale);
  const languageName = nameOf(language);
  const editable = editableFields(campaign).length > 0;
  const { confirm } = await searchParams;

  return (
    <div className="page">
      <div className={styles.header}>
        <p>
          <Link href={translationsPath(id)}>{t("backToList")}</Link>
        </p>
        <h1>{t("formTitle", { language: languageName })}</h1>
        <p lang={campaign.language}>{campaign.title}</p>
      </div>
      <div className={styles.sections}>
        {editable ? (
          <>
            <div className={translationStyles.intro}>
              <p>{t("formIntro", { language: languageName })}</p>
            </div>
            <TranslationForm
              key={translation?.version ?? 0}
              action={saveTranslationAction}
              campaignId={id}
              language={language}
              languageName={languageName}
              version={translation?.version ?? 0}
              initial={{
                title: translation?.title ?? "",
                summary: translation?.summary ?? "",
                story: translation?.story ?? "",
                target: translation?.target ?? "",
                shareText: translation?.shareText ?? "",
                imageAlt: translation?.imageAlt ?? "",
                // A new translation starts as a draft, off the public page until someone has read it.
                isDraft: translation?.isDraft ?? true,
              }}
              source={{
                language: campaign.language,
                languageName: nameOf(campaign.language),
                title: campaign.title,
                target: campaign.target,
                summary: campaign.summary,
                story: campaign.story,
                shareText: campaign.shareText,
                imageAlt: campaign.imageUrl ? campaign.imageAlt : null,
              }}
              imageUrl={campaign.imageUrl}
            />
            {translation && (
              <section className={`card ${translationStyles.removePanel}`} aria-labelledby="remove-heading" id="remove">
                <h2 id="remove-heading">{t("removeHeading")}</h2>
                <p>{t("removeIntro", { language: languageName })}</p>
                {confirm === "remove" ? (
                  <RemoveTranslationForm
                    action={removeTranslationAction}
                    campaignId={id}
                    language={language}
                    languageName={languageName}
                    version={translation.version}
                    cancelHref={pagePath}
                  />
                ) : (
                  <Link className={`button button--secondary ${translationStyles.removeLink}`} href={`${pagePath}?confirm=remove#remove`}>
                    {t("removeButton")}
                  </Link>
                )}
              </section>
            )}
          </>
        ) : (
          <>
            <p className="alert alert--info" data-testid="translation-read-only">
              {t(campaign.status === "IN_REVIEW" ? "readOnly.inReview" : "readOnly.ended")}
            </p>
            {translation ? (
              <>
                <p>
                  <span className={`${translationStyles.badge} ${translationStyles[translationState(translation)]}`} data-testid="translation-state">
                    {t(`states.${translationState(translation)}`)}
                  </span>
                </p>
                <CampaignPreview
                  content={{
                    title: translation.title,
                    summary: translation.summary,
                    story: translation.story,
                    language,
                    target: translation.target ?? campaign.target,
                    targetLanguage: translation.target ? language : campaign.language,
                    image: campaign.imageUrl
                      ? { src: campaign.imageUrl, alt: translation.imageAlt ?? campaign.imageAlt ?? "", lang: translation.imageAlt ? language : campaign.language }
                      : null,
                  }}
                />
              </>
            ) : (
              <p>{t("notTranslated", { language: languageName })}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
