import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("checkTitle"), robots: { index: false, follow: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  await setPageLocale(params);
  const t = await getTranslations("signIn");
  return (
    <div className="page narrow">
      <div className="card form" data-testid="sign-in-check-email">
        <h1>{t("checkTitle")}</h1>
        <p>{t("checkBody")}</p>
        <p>
          <Link href="/sign-in">{t("checkAgain")}</Link>
        </p>
      </div>
    </div>
  );
}
