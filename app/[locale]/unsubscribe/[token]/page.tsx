import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { getServices } from "@/lib/server/services";
import { findEmailPreferences, type EmailPreferences } from "@/lib/unsubscribe/find-email-preferences";
import { resubscribeAction, stopAllEmailAction, unsubscribeAction, withdrawAction } from "./actions";
import { outcomeFrom, PREFERENCE_OUTCOMES } from "./outcomes";
import { StatusMessage } from "./status-message";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ done?: string | string[]; step?: string | string[] }>;
};

// Per link, and it changes with every button: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unsubscribe");
  return { title: t("title"), robots: { index: false, follow: false } };
}

function stateKey(preferences: EmailPreferences) {
  if (preferences.status === "WITHDRAWN") return "stateWithdrawn";
  if (preferences.suppression === "BOUNCED") return "stateBounced";
  if (preferences.suppression === "COMPLAINED") return "stateComplained";
  if (preferences.suppression === "UNSUBSCRIBED_ALL") return "stateAllStopped";
  if (!preferences.consented) return "stateNotConsented";
  return preferences.unsubscribed ? "stateUnsubscribed" : "stateSubscribed";
}

/**
 * A GET only shows: mail scanners open every link in an email, so each change is a form's
 * POST (a server action that works without JavaScript). The page names the petition and
 * shows a masked address, nothing more of the person.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const locale = await setPageLocale(params);
  const { token } = await params;
  const query = await searchParams;
  const { db, env } = getServices();
  const preferences = await findEmailPreferences(db, { secret: env.APP_SECRET, token, language: locale });
  if (!preferences) notFound();
  const t = await getTranslations("unsubscribe");
  const done = outcomeFrom(query.done);
  const withdrawable = preferences.status === "PENDING" || preferences.status === "CONFIRMED";
  const confirmingWithdraw = query.step === "withdraw" && withdrawable;
  const self = `/unsubscribe/${encodeURIComponent(token)}`;

  if (confirmingWithdraw) {
    return (
      <div className="page narrow">
        <div className="card form" data-testid="withdraw-confirm">
          <h1 id="withdraw-heading">{t("withdrawTitle")}</h1>
          <p>
            {t("campaignLabel")}: <strong lang={preferences.campaign.titleLanguage}>{preferences.campaign.title}</strong>
          </p>
          <p id="withdraw-body">{t("withdrawBody")}</p>
          <form action={withdrawAction.bind(null, token)} aria-labelledby="withdraw-heading">
            <button type="submit" className="button" aria-describedby="withdraw-body">
              {t("withdrawConfirm")}
            </button>
          </form>
          <p>
            <Link href={self}>{t("withdrawCancel")}</Link>
          </p>
        </div>
      </div>
    );
  }

  const suppressed = preferences.suppression !== null;
  const canResubscribe =
    withdrawable && preferences.consented && (preferences.unsubscribed || preferences.suppression === "UNSUBSCRIBED_ALL");
  return (
    <div className="page narrow">
      <div className="card form" data-testid="email-preferences">
        <h1>{t("title")}</h1>
        {done && <StatusMessage key={done} tone={done === "failed" ? "error" : "ok"}>{t(PREFERENCE_OUTCOMES[done])}</StatusMessage>}
        <p>
          {t("campaignLabel")}: <strong lang={preferences.campaign.titleLanguage}>{preferences.campaign.title}</strong>
        </p>
        <p>{t("sentTo", { address: preferences.maskedEmail })}</p>
        <p data-testid="preference-state">{t(stateKey(preferences))}</p>

        {withdrawable && !preferences.unsubscribed && preferences.consented && !suppressed && (
          <PreferenceButton action={unsubscribeAction.bind(null, token)} id="stop-campaign" label={t("stopCampaign")} hint={t("stopCampaignHint")} />
        )}
        {canResubscribe && (
          <PreferenceButton action={resubscribeAction.bind(null, token)} id="resubscribe" label={t("resubscribe")} hint={t("resubscribeHint")} />
        )}
        {!suppressed && (
          <PreferenceButton
            action={stopAllEmailAction.bind(null, token)}
            id="stop-all"
            label={t("stopAll")}
            hint={t("stopAllHint")}
            secondary
          />
        )}
        {withdrawable && (
          <p>
            <Link href={`${self}?step=withdraw`} className="button button--secondary" aria-describedby="withdraw-hint">
              {t("withdraw")}
            </Link>
            <span id="withdraw-hint" className="privacy">
              {" "}
              {t("withdrawHint")}
            </span>
          </p>
        )}
        <p>
          <Link href={`/c/${preferences.campaign.slug}`}>{t("viewCampaign")}</Link>
        </p>
      </div>
    </div>
  );
}

type PreferenceButtonProps = { action: () => Promise<void>; id: string; label: string; hint: string; secondary?: boolean };

/** One choice on the page: a form whose button says what it does, with a hint it points to. */
function PreferenceButton({ action, id, label, hint, secondary = false }: PreferenceButtonProps) {
  return (
    <form action={action}>
      <button type="submit" className={secondary ? "button button--secondary" : "button"} aria-describedby={`${id}-hint`}>
        {label}
      </button>
      <p id={`${id}-hint`} className="privacy">
        {hint}
      </p>
    </form>
  );
}
