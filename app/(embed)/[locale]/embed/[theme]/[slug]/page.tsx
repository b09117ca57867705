import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache, Suspense } from "react";
import { signPetitionFromEmbedAction } from "@/app/[locale]/c/[slug]/actions";
import { LiveCounter } from "@/components/campaign/live-counter";
import { SignForm } from "@/components/campaign/sign-form";
import { effectiveGoal } from "@/lib/campaigns/effective-goal";
import { getPublicCampaign } from "@/lib/campaigns/get-public-campaign";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { EMBED_THEMES, type EmbedTheme } from "@/lib/embed/embed-paths";
import { countryOptions } from "@/lib/i18n/countries";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; theme: string; slug: string }> };

// Cacheable like the campaign page: rendered once per campaign, language and theme, refreshed
// at most every 30 s; the live counter brings the count up to date in the browser.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

const loadCampaign = cache((slug: string, language: string) => getPublicCampaign(getDb(), slug, { language }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await setPageLocale(params);
  const campaign = await loadCampaign((await params).slug, locale);
  // The locale given, not read from the request: metadata may resolve outside the page's
  // render, where setRequestLocale does not reach, and reading headers would end the cache.
  const t = await getTranslations({ locale, namespace: "embed" });
  return { title: campaign ? t("metaTitle", { title: campaign.localized.text.title }) : t("notFoundTitle") };
}

export default async function EmbedPage({ params }: Props) {
  const locale = await setPageLocale(params);
  const { slug, theme } = await params;
  if (!EMBED_THEMES.includes(theme as EmbedTheme)) notFound();
  const campaign = await loadCampaign(slug, locale);
  if (!campaign) notFound();
  const { text, language } = campaign.localized;
  const t = await getTranslations("embed");
  const tc = await getTranslations("campaign");
  const format = await getFormatter();
  const open = campaign.availability === "OPEN";
  const deadline = campaign.closesAt ? format.dateTime(campaign.closesAt, { dateStyle: "long" }) : null;
  const deadlineLabel = deadline && (open ? tc("closesOn", { date: deadline }) : tc("closedOn", { date: deadline }));
  // Every link leaves the frame: the site's other pages refuse to be shown inside another site.
  const newTab = { target: "_blank", rel: "noopener" } as const;
  const appUrl = getEnv().APP_URL;
  const campaignUrl = new URL(`/c/${encodeURIComponent(campaign.slug)}?lang=${locale}`, appUrl).toString();

  return (
    <article className="embed__card" aria-labelledby="embed-title">
      <header>
        <p className="embed__kicker">{t("kicker")}</p>
        <h1 id="embed-title" className="embed__title" lang={language}>
          {text.title}
        </h1>
      </header>
      <Suspense fallback={null}>
        <LiveCounter
          slug={campaign.slug}
          initial={{
            signatureCount: campaign.signatureCount,
            goal: effectiveGoal(campaign.signatureCount, campaign.goal, campaign.goalIsFixed),
            recentSigners: [],
          }}
          deadlineLabel={deadlineLabel}
          showRecentSigners={false}
        />
      </Suspense>
      {open ? (
        <SignForm
          action={signPetitionFromEmbedAction}
          place="embed"
          campaignSlug={campaign.slug}
          countries={countryOptions(locale)}
          choicesNote={t("choicesNote")}
        />
      ) : (
        <p className="alert alert--info" data-testid="campaign-closed">
          {campaign.status === "WON" ? tc("won") : tc("closed")}
        </p>
      )}
      <footer className="embed__footer">
        <a href={campaignUrl} {...newTab} data-testid="embed-full-campaign">
          {t("readFull")}
          <span className="visually-hidden"> {t("opensInNewTab")}</span>
        </a>
        <p className="embed__credit">
          {t.rich("credit", {
            link: (chunks) => (
              <a href={new URL("/", appUrl).toString()} {...newTab}>
                {chunks}
                <span className="visually-hidden"> {t("opensInNewTab")}</span>
              </a>
            ),
          })}
        </p>
      </footer>
    </article>
  );
}
