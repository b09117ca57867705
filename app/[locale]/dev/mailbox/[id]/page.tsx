import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { requireDevMailboxAccess } from "@/lib/server/dev-mailbox-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MailboxMessagePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await setPageLocale(params);
  await requireDevMailboxAccess();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const message = await getDb().devMailboxMessage.findUnique({ where: { id } });
  if (!message) notFound();
  const t = await getTranslations("mailbox");
  return (
    <div className="page narrow">
      <p>
        <Link href="/dev/mailbox">{t("back")}</Link>
      </p>
      <h1 style={{ fontSize: "1.4rem" }}>{message.subject}</h1>
      <dl>
        <dt>{t("from")}</dt>
        <dd>{message.fromAddress}</dd>
        <dt>{t("to")}</dt>
        <dd data-testid="mail-to">{message.toAddress}</dd>
      </dl>
      <h2>{t("htmlVersion")}</h2>
      {/* Sandboxed without scripts; links open in the top window only when clicked. */}
      <iframe
        className="mail-frame"
        title={t("htmlVersion")}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        srcDoc={message.html.replace("<head>", '<head><base target="_top">')}
      />
      <h2>{t("textVersion")}</h2>
      <pre className="mail-text" data-testid="mail-text">
        {message.text}
      </pre>
    </div>
  );
}
