import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { ResizeReporter } from "@/components/embed/resize-reporter";
import { embedTheme, type EmbedTheme } from "@/lib/embed/embed-paths";
import { setPageLocale } from "@/lib/i18n/page-locale";
import "../../../../globals.css";
import "../../../embed.css";

// The embeddable widget's own root layout: a route group outside app/[locale]/, so none of the
// site's header, footer or skip link comes with it, only what a small frame on another site
// needs. proxy.ts rewrites /embed/<slug>?theme=… to /<locale>/embed/<theme>/<slug>.

type Props = { children: React.ReactNode; params: Promise<{ locale: string; theme: string }> };

const colorScheme: Record<EmbedTheme, Viewport["colorScheme"]> = { auto: "light dark", light: "light", dark: "dark" };

export const metadata: Metadata = { robots: { index: false, follow: true } };

export async function generateViewport({ params }: Omit<Props, "children">): Promise<Viewport> {
  return { width: "device-width", initialScale: 1, colorScheme: colorScheme[embedTheme((await params).theme)] };
}

export default async function EmbedLayout({ children, params }: Props) {
  const locale = await setPageLocale(params);
  const theme = embedTheme((await params).theme);
  return (
    <html lang={locale} data-theme={theme}>
      <body className="embed-body">
        <NextIntlClientProvider>
          <main id="embed" className="embed">
            {children}
          </main>
        </NextIntlClientProvider>
        <ResizeReporter targetId="embed" />
      </body>
    </html>
  );
}
