import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Unauthorized() {
  const t = await getTranslations("authPages");
  return (
    <div className="page narrow">
      <h1>{t("unauthorizedTitle")}</h1>
      <p>{t("unauthorizedBody")}</p>
      <p>
        <Link href="/sign-in">{t("unauthorizedTitle")}</Link>
      </p>
    </div>
  );
}
