import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath } from "@/lib/auth/sign-in-link";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("confirmTitle"), robots: { index: false, follow: false } };
}

// The email's link shows this page; the button POSTs to Auth.js, which uses the token up.
// A mail scanner opening the link (a GET) therefore signs nobody in and spends nothing.
export default async function ConfirmSignInPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const t = await getTranslations("signIn");
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <div className="page narrow">
        <div className="card form">
          <h1>{t("confirmTitle")}</h1>
          <p>{t("confirmMissing")}</p>
          <p>
            <Link href="/sign-in">{t("newLink")}</Link>
          </p>
        </div>
      </div>
    );
  }
  const callback = `/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: safeCallbackPath(callbackUrl) })}`;
  return (
    <div className="page narrow">
      <div className="card form">
        <h1>{t("confirmTitle")}</h1>
        <p>{t("confirmBody", { email })}</p>
        <form method="post" action={callback}>
          <button type="submit" className="button">
            {t("confirmButton")}
          </button>
        </form>
      </div>
    </div>
  );
}
