import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { UpdateArticle } from "@/components/campaign/update-article";
import { getPublicCampaign } from "@/lib/campaigns/get-public-campaign";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isLocale, languageSettings } from "@/lib/i18n/locales";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { previewImageMetadata } from "@/lib/sharing/preview-image-metadata";
import { findPublishedUpdate } from "@/lib/updates/find-published-update";
import { publicUpdatePath } from "@/lib/updates/public-update-paths";
import { updateExcerpt } from "@/lib/updates/update-excerpt";

type Props = { params: Promise<{ locale: string; slug: string; updateId: string }> };

// Cached like the campaign page (per interface language), and refreshed at once when the
// update is corrected or taken down (refreshUpdatePages).
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

// Metadata and page render in one request: read both once.
const load = cache(async (slug: string, updateId: string, language: string) => {
  const campaign = await getPublicCampaign(getDb(), slug, { language });
  if (!campaign) return null;
  const update = await findPublishedUpdate(getDb(), campaign.id, updateId);
  return update ? { campaign, update } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await setPageLocale(params);
  const { slug, updateId } = await params;
  const found = await load(slug, updateId, locale);
  if (!found) return {};
  const { campaign, update } = found;
  const t = await getTranslations("updateTimeline");
  const title = t("metaTitle", { title: update.title, campaign: campaign.localized.text.title });
  const description = updateExcerpt(update.body);
  const path = publicUpdatePath(campaign.slug, update.id);
  const preview = previewImageMetadata(campaign, locale);
  return {
    metadataBase: new URL(getEnv().APP_URL),
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      url: path,
      title,
      description,
      publishedTime: update.publishedAt.toISOString(),
      locale: isLocale(campaign.language) ? languageSettings[campaign.language].openGraph : campaign.language,
      images: [preview],
    },
    twitter: { card: "summary_large_image", title, description, images: [preview] },
  };
}

/** One published update on its own address, linking back to the petition. */
export default async function CampaignUpdatePage({ params }: Props) {
  const locale = await setPageLocale(params);
  const { slug, updateId } = await params;
  const found = await load(slug, updateId, locale);
  if (!found) notFound();
  const { campaign, update } = found;
  const t = await getTranslations("updateTimeline");
  return (
    <div className="page narrow">
      <p>
        <Link href={`/c/${encodeURIComponent(campaign.slug)}`}>
          {t("backToCampaign", { title: campaign.localized.text.title })}
        </Link>
      </p>
      <div className="card">
        <UpdateArticle update={update} language={campaign.language} headingLevel={1} />
      </div>
    </div>
  );
}
