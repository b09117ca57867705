import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache, Suspense } from "react";
import { CampaignStory } from "@/components/campaign/campaign-story";
import { CampaignLanguages } from "@/components/campaign/campaign-languages";
import { ConfirmedBanner } from "@/components/campaign/confirmed-banner";
import { EmbedSnippet } from "@/components/embed/embed-snippet";
import { ReportForm } from "@/components/campaign/report-form";
import { UpdateTimeline } from "@/components/campaign/update-timeline";
import { VictoryMessage } from "@/components/campaign/victory-message";
import { SignForm } from "@/components/campaign/sign-form";
import { LiveCounter } from "@/components/campaign/live-counter";
import { ShareBar } from "@/components/sharing/share-bar";
import { effectiveGoal } from "@/lib/campaigns/effective-goal";
import { recentPublicSigners } from "@/lib/signatures/recent-public-signers";
import { getPublicCampaign } from "@/lib/campaigns/get-public-campaign";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { countryOptions } from "@/lib/i18n/countries";
import { languageSettings, isLocale } from "@/lib/i18n/locales";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { shareContentFor } from "@/lib/sharing/share-content";
import { previewImageMetadata } from "@/lib/sharing/preview-image-metadata";
import { listPublishedUpdates } from "@/lib/updates/list-published-updates";
import { signPetitionAction } from "./actions";
import { reportCampaignAction } from "./report-actions";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Cacheable HTML: rendered on the first visit per language, then served from cache and
// refreshed in the background at most every 30 s. The count on it may be that old; the
// live counter replaces it with the stream's value at once.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

// Metadata and page render in one request: read the campaign once for both.
const loadCampaign = cache((slug: string, language: string) => getPublicCampaign(getDb(), slug, { language }));

const campaignPath = (slug: string) => `/c/${encodeURIComponent(slug)}`;
const openGraphLocale = (language: string) => (isLocale(language) ? languageSettings[language].openGraph : language);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await setPageLocale(params);
  const campaign = await loadCampaign((await params).slug, locale);
  if (!campaign) return {};
  const { text, language, languages } = campaign.localized;
  const path = campaignPath(campaign.slug);
  // The generated card with the count first (what previews show); the campaign's own
  // picture second, for apps that let the sharer choose.
  const preview = previewImageMetadata(campaign, locale);
  const images = [preview, ...(campaign.imageUrl ? [{ url: campaign.imageUrl, alt: text.imageAlt ?? undefined }] : [])];
  return {
    // Link previews need absolute image URLs, on the public address.
    metadataBase: new URL(getEnv().APP_URL),
    title: text.title,
    description: text.summary,
    alternates: {
      // Each language's own address (?lang=), and the plain one that picks the reader's.
      canonical: `${path}?lang=${language}`,
      languages: {
        ...Object.fromEntries(
          languages.map((code) => [isLocale(code) ? languageSettings[code].hreflang : code, `${path}?lang=${code}`]),
        ),
        "x-default": path,
      },
    },
    openGraph: {
      type: "website",
      // The plain address: shared links open in each reader's language, and count as one page.
      url: path,
      title: text.title,
      description: text.summary,
      locale: openGraphLocale(language),
      alternateLocale: languages.filter((code) => code !== language).map(openGraphLocale),
      images,
    },
    twitter: { card: "summary_large_image", title: text.title, description: text.summary, images: [preview] },
  };
}

export default async function CampaignPage({ params }: Props) {
  const locale = await setPageLocale(params);
  const { slug } = await params;
  const campaign = await loadCampaign(slug, locale);
  if (!campaign) notFound();
  const { text, language, fieldLanguage } = campaign.localized;
  const t = await getTranslations("campaign");
  const open = campaign.availability === "OPEN";
  const format = await getFormatter();
  const deadline = campaign.closesAt ? format.dateTime(campaign.closesAt, { dateStyle: "long" }) : null;
  const deadlineLabel = deadline && (open ? t("closesOn", { date: deadline }) : t("closedOn", { date: deadline }));
  const share = shareContentFor(campaign, { appUrl: getEnv().APP_URL, kakaoJavaScriptKey: getEnv().KAKAO_JAVASCRIPT_KEY });

  return (
    <div className="page">
      <article className="campaign">
        <header className="campaign__head">
          {campaign.imageUrl && (
            <Image
              className="campaign__image"
              src={campaign.imageUrl}
              alt={text.imageAlt ?? t("imageDefaultAlt")}
              lang={text.imageAlt ? fieldLanguage.imageAlt : undefined}
              width={1200}
              height={630}
              priority
              unoptimized
            />
          )}
          <p className="campaign__kicker" style={{ marginTop: "1.25rem" }}>
            {t("petitionTo")}
          </p>
          <p className="campaign__target">
            <strong lang={fieldLanguage.target}>{text.target}</strong>
          </p>
          <h1 className="campaign__title" lang={language}>
            {text.title}
          </h1>
          <p className="campaign__summary" lang={language}>
            {text.summary}
          </p>
          <CampaignLanguages slug={campaign.slug} localized={campaign.localized} />
          {campaign.status === "WON" && campaign.victoryMessage && (
            <VictoryMessage markdown={campaign.victoryMessage} language={campaign.language} />
          )}
        </header>

        <aside className="campaign__aside" aria-labelledby="signature-count">
          <Suspense fallback={null}>
            <ConfirmedBanner share={share} />
          </Suspense>
          {/* No Suspense boundaries around what a browser without JavaScript needs (the count,
              the form, the share links, the report form): each client component's code loads
              asynchronously on the server's first render of this cached page, and a boundary
              still waiting for it when the first bytes go out is streamed into a hidden <div>
              that only a script reveals. The whole page waits for them instead. */}
          <div className="card">
            <LiveCounter
              slug={campaign.slug}
              initial={{
                signatureCount: campaign.signatureCount,
                goal: effectiveGoal(campaign.signatureCount, campaign.goal, campaign.goalIsFixed),
                recentSigners: await recentPublicSigners(getDb(), campaign.id),
              }}
              deadlineLabel={deadlineLabel}
            />
          </div>
          <div className="card">
            {open ? (
              <SignForm action={signPetitionAction} place="campaign-page" campaignSlug={campaign.slug} countries={countryOptions(locale)} share={share} />
            ) : (
              <p className="alert alert--info" data-testid="campaign-closed">
                {campaign.status === "WON" ? t("won") : t("closed")}
              </p>
            )}
          </div>
        </aside>

        <section className="campaign__story" aria-labelledby="story-heading">
          <h2 id="story-heading">{t("storyHeading")}</h2>
          <div lang={language}>
            <CampaignStory markdown={text.story} />
          </div>
        </section>

        <UpdateTimeline slug={campaign.slug} language={campaign.language} updates={await listPublishedUpdates(getDb(), campaign.id)} />

        <div className="campaign__report">
          <ShareBar content={share} variant="page" />
          <ReportForm action={reportCampaignAction} campaignId={campaign.id} />
        </div>
      </article>
      <EmbedSnippet slug={campaign.slug} title={text.title} />
    </div>
  );
}
