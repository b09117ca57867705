"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="page narrow" role="alert">
      <h1>{t("serverTitle")}</h1>
      <p>{t("serverBody")}</p>
      <button type="button" className="button button--secondary" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
