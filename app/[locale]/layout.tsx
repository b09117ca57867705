import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { setPageLocale } from "@/lib/i18n/page-locale";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// No generateStaticParams: every page renders on its first request per language, never at
// build time, when there may be no database (the home page reads campaigns; it is still
// cached and revalidated like a campaign page). An unknown locale is a 404 (setPageLocale).

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as "en", namespace: "common" });
  return { title: { default: t("brand"), template: `%s · ${t("brand")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b8325a" };

export default async function RootLayout({ children, params }: Props) {
  const locale = await setPageLocale(params);
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
