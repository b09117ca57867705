"use client";

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

/** The thank-you after confirming (`?confirmed=1`), read in the browser so the page stays cacheable. */
export function ConfirmedBanner() {
  const t = useTranslations("campaign");
  if (useSearchParams().get("confirmed") !== "1") return null;
  return (
    <p className="alert alert--ok" role="status" data-testid="confirmed-banner">
      {t("confirmedBanner")}
    </p>
  );
}
