import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { countryOptions } from "@/lib/i18n/countries";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { getServices } from "@/lib/server/services";
import type { ConfirmFormValues } from "@/lib/signatures/confirm-form-state";
import { ReferralReachNote } from "@/components/referrals/referral-reach-note";
import { referralReach } from "@/lib/referrals/referral-stats";
import { findConfirmation, type SignatureProposal } from "@/lib/signatures/find-confirmation";
import { cookieProves, SUBMISSION_PROOF_COOKIE, submissionProofFor } from "@/lib/signatures/submission-proof";
import { confirmSignatureAction, resendConfirmationAction } from "./actions";
import { ConfirmForm } from "./confirm-form";
import { ResendForm } from "./resend-form";

// What the page says for each state other than a link waiting to be confirmed.
const EXPLAINED = {
  CONFIRMED: { title: "alreadyTitle", body: "alreadyBody" },
  EXPIRED: { title: "expiredTitle", body: "expiredBody" },
  CLOSED: { title: "title", body: "closedBody" },
  INVALID: { title: "invalidTitle", body: "invalidBody" },
} as const;

type Props = { params: Promise<{ locale: string; token: string }> };

// Per link and changing with every click: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("confirm");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The form starts with the submitted name and country. The two choices start unticked (a box
 * ticked by whoever typed this address is neither this person's choice nor valid consent),
 * unless this browser's cookie proves it submitted exactly this proposal.
 */
async function initialValuesFor(campaignSlug: string, proposal: SignatureProposal, secret: string): Promise<ConfirmFormValues> {
  const cookie = (await cookies()).get(SUBMISSION_PROOF_COOKIE)?.value;
  const ownChoices = cookieProves(cookie, submissionProofFor(secret, { campaignSlug, ...proposal }));
  return {
    name: proposal.name,
    country: proposal.country,
    showPublicly: ownChoices && proposal.showPublicly,
    consentUpdates: ownChoices && proposal.consentUpdates,
  };
}

/** The campaign's title in the page's language when it has a published translation, else its own. */
function CampaignTitleIn({ locale, campaign }: { locale: string; campaign: { title: string; language: string; translations: { language: string; title: string }[] } }) {
  const translated = campaign.translations.find((translation) => translation.language === locale);
  return (
    <p>
      <strong lang={translated?.language ?? campaign.language}>{translated?.title ?? campaign.title}</strong>
    </p>
  );
}

// A GET only shows this page; confirming takes the form's POST, because mail scanners
// open links in emails without a person behind them.
export default async function ConfirmPage({ params }: Props) {
  const locale = await setPageLocale(params);
  const { token } = await params;
  const t = await getTranslations("confirm");
  const tc = await getTranslations("common");
  const { db, env } = getServices();
  const { state, campaign, proposal, referralCode } = await findConfirmation({ db, token });

  return (
    <div className="page narrow">
      <div className="card form" data-testid={`confirm-${state.toLowerCase()}`}>
        {state === "PENDING" && campaign && proposal && (
          <>
            <h1 id="confirm-heading">{t("title")}</h1>
            <p>{t("intro")}</p>
            <CampaignTitleIn locale={locale} campaign={campaign} />
            <ConfirmForm
              action={confirmSignatureAction.bind(null, token)}
              token={token}
              countries={countryOptions(locale)}
              initialValues={await initialValuesFor(campaign.slug, proposal, env.APP_SECRET)}
            />
            <p className="privacy">{t("whyButton")}</p>
          </>
        )}
        {state !== "PENDING" && (
          <>
            <h1>{t(EXPLAINED[state].title)}</h1>
            <p>{t(EXPLAINED[state].body)}</p>
            {referralCode && <ReferralReachNote reach={await referralReach(db, referralCode)} />}
            {state === "EXPIRED" && <ResendForm action={resendConfirmationAction.bind(null, token)} />}
            <p>
              {campaign ? (
                <Link href={`/c/${campaign.slug}`}>{tc("backToCampaign")}</Link>
              ) : (
                <Link href="/">{tc("home")}</Link>
              )}
            </p>
          </>
        )}
      </div>
    </div>
  );
}
