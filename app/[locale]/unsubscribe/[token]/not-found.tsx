import Link from "next/link";
import { getTranslations } from "next-intl/server";

// A malformed, forged or altered link (the page calls notFound()): 404, and nothing changed.
export default async function InvalidUnsubscribeLink() {
  const t = await getTranslations("unsubscribe");
  const tc = await getTranslations("common");
  return (
    <div className="page narrow">
      <div className="card" data-testid="unsubscribe-invalid">
        <h1>{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
        <p>
          <Link href="/">{tc("home")}</Link>
        </p>
      </div>
    </div>
  );
}
