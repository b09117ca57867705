import { getTranslations } from "next-intl/server";
import { locale } from "next/root-params";

// Small and still framable (a 404 from the widget's own route): the embedding page shows a
// clear sentence in its frame, not the whole site's error page. Next.js renders this boundary
// alongside the page, before the page's setRequestLocale: the locale is read from the route.
export default async function EmbedNotFound() {
  const t = await getTranslations({ locale: await locale(), namespace: "embed" });
  return (
    <div className="embed__missing" data-testid="embed-not-found">
      <h1 className="embed__title">{t("notFoundTitle")}</h1>
      <p>{t("notFoundBody")}</p>
    </div>
  );
}
