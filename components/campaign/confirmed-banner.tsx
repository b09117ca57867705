"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { ShareBar } from "@/components/sharing/share-bar";
import { shareRefFromCookies } from "@/lib/referrals/share-ref-cookie";
import type { ShareContent } from "@/lib/sharing/share-content";

const subscribeToNothing = () => () => {};
// The signer's own code, in a short-lived cookie the confirm action set (see share-ref-cookie.ts).
const readShareRef = () => shareRefFromCookies(document.cookie);

/**
 * The thank-you after confirming (`?confirmed=1`) and "Now share it" with the signer's own
 * referral code, both read in the browser so the page stays cacheable.
 */
export function ConfirmedBanner({ share }: { share: ShareContent }) {
  const t = useTranslations("campaign");
  const referralCode = useSyncExternalStore(subscribeToNothing, readShareRef, () => null);
  if (useSearchParams().get("confirmed") !== "1") return null;
  return (
    <div className="card" style={{ display: "grid", gap: "1.25rem" }}>
      <p className="alert alert--ok" role="status" data-testid="confirmed-banner">
        {t("confirmedBanner")}
      </p>
      <ShareBar content={share} referralCode={referralCode} variant="signed" />
    </div>
  );
}
