import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaign-editor/campaign-form";
import { emptyCampaignFormValues } from "@/components/campaign-editor/campaign-form-values";
import { deadlineBounds } from "@/components/campaign-editor/deadline-bounds";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { createCampaignAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("startCampaign");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function StartCampaignPage({ params }: Props) {
  const locale = await setPageLocale(params);
  const { person } = await requirePageAccess("signedIn", { returnTo: "/start" });
  const t = await getTranslations("startCampaign");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{person.trusted ? t("introTrusted") : t("intro")}</p>
      <CampaignForm
        action={createCampaignAction}
        initial={emptyCampaignFormValues(locale)}
        buttons={{ save: "saveDraft", submit: person.trusted ? "publishNow" : "submitForReview" }}
        slugFixed={false}
        suggestSlug
        currentImage={null}
        deadlineBounds={deadlineBounds()}
      />
    </div>
  );
}
