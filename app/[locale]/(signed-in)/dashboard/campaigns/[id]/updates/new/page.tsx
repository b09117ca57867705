import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/campaign-editor/campaign-pages.module.css";
import { UpdateForm } from "@/components/campaign-updates/update-form";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getOrganizerCampaign } from "@/lib/campaigns/get-organizer-campaign";
import { newUpdatePath, updatesPath } from "@/lib/campaigns/organizer-paths";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { createUpdateAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaignUpdates");
  return { title: t("newMetaTitle"), robots: { index: false, follow: false } };
}

/** A new update: the form and its preview; saving makes a draft, which the next page publishes or sends. */
export default async function NewUpdatePage({ params }: Props) {
  await setPageLocale(params);
  const { id } = await params;
  await requirePageAccess("campaignOrganizer", { returnTo: newUpdatePath(id), campaignId: id });
  const campaign = await getOrganizerCampaign({ db: getDb(), campaignId: id });
  if (!campaign) notFound();
  const t = await getTranslations("campaignUpdates");
  return (
    <div className="page">
      <div className={styles.header}>
        <p>
          <Link href={updatesPath(id)}>{t("backToList")}</Link>
        </p>
        <h1>{t("newTitle")}</h1>
        <p>{campaign.title}</p>
      </div>
      <div className={styles.sections}>
        <UpdateForm
          action={createUpdateAction}
          campaignId={id}
          initial={{ kind: "NEWS", title: "", body: "" }}
          submitLabel={t("saveDraft")}
          language={campaign.language}
        />
      </div>
    </div>
  );
}
