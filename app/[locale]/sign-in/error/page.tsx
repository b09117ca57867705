import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { SignInForm } from "../sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("errorTitle"), robots: { index: false, follow: false } };
}

// Auth.js sends people here; "Verification" means the link was used already or expired.
export default async function SignInErrorPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const t = await getTranslations("signIn");
  const { error } = await searchParams;
  return (
    <div className="page narrow">
      <div className="card form" data-testid="sign-in-error">
        <h1>{t("errorTitle")}</h1>
        <p>{error === "Verification" ? t("errorBody") : t("errorOther")}</p>
        <h2>{t("newLink")}</h2>
        <SignInForm callbackUrl="/dashboard" />
      </div>
    </div>
  );
}
