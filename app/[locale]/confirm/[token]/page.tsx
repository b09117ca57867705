import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { findConfirmation } from "@/lib/signatures/find-confirmation";
import { confirmSignatureAction, resendConfirmationAction } from "./actions";
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

// A GET only shows this page; confirming takes the button's POST, because mail scanners
// open links in emails without a person behind them.
export default async function ConfirmPage({ params }: Props) {
  await setPageLocale(params);
  const { token } = await params;
  const t = await getTranslations("confirm");
  const tc = await getTranslations("common");
  const { state, campaign } = await findConfirmation({ db: getDb(), token });

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
        {state !== "PENDING" && (
          <>
            <h1>{t(EXPLAINED[state].title)}</h1>
            <p>{t(EXPLAINED[state].body)}</p>
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
