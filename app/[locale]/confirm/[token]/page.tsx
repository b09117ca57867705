import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { findConfirmation } from "@/lib/signatures/find-confirmation";
import { confirmSignatureAction, resendConfirmationAction } from "./actions";
import { ResendForm } from "./resend-form";

type Props = { params: Promise<{ locale: string; token: string }> };

// Per link and changing with every click: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("confirm");
  return { title: t("title"), robots: { index: false, follow: false } };
}

// A GET only shows this page; confirming takes the button's POST, because mail scanners
// open links in emails without a person behind them.
export default async function ConfirmPage({ params }: Props) {
  await setPageLocale(params);
  const { token } = await params;
  const t = await getTranslations("confirm");
  const tc = await getTranslations("common");
  const { state, campaign } = await findConfirmation({ db: getDb(), token });
  const backLink = campaign && (
    <p>
      <Link href={`/c/${campaign.slug}`}>{tc("backToCampaign")}</Link>
    </p>
  );

  return (
    <div className="page narrow">
      <div className="card form" data-testid={`confirm-${state.toLowerCase()}`}>
        {state === "PENDING" && campaign && (
          <>
            <h1>{t("title")}</h1>
            <p>{t("intro")}</p>
            <p>
              <strong>{campaign.title}</strong>
            </p>
            <form action={confirmSignatureAction.bind(null, token)}>
              <button type="submit" className="button">
                {t("button")}
              </button>
            </form>
            <p className="privacy">{t("whyButton")}</p>
          </>
        )}
        {state === "CONFIRMED" && (
          <>
            <h1>{t("alreadyTitle")}</h1>
            <p>{t("alreadyBody")}</p>
            {backLink}
          </>
        )}
        {state === "EXPIRED" && (
          <>
            <h1>{t("expiredTitle")}</h1>
            <p>{t("expiredBody")}</p>
            <ResendForm action={resendConfirmationAction.bind(null, token)} />
            {backLink}
          </>
        )}
        {state === "CLOSED" && (
          <>
            <h1>{t("title")}</h1>
            <p>{t("closedBody")}</p>
            {backLink}
          </>
        )}
        {state === "INVALID" && (
          <>
            <h1>{t("invalidTitle")}</h1>
            <p>{t("invalidBody")}</p>
            <p>
              <Link href="/">{tc("home")}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
