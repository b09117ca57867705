import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/sign-in-link";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { SignInForm } from "./sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const t = await getTranslations("signIn");
  const { callbackUrl } = await searchParams;
  return (
    <div className="page narrow">
      <div className="card form">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <SignInForm callbackUrl={safeCallbackPath(callbackUrl)} />
      </div>
    </div>
  );
}
