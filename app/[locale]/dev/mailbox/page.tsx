import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { requireDevMailboxAccess } from "@/lib/server/dev-mailbox-guard";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function MailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  await setPageLocale(params);
  await requireDevMailboxAccess();
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  const messages = await getDb().devMailboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, toAddress: true, subject: true, createdAt: true },
  });
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="alert alert--info">{t("intro")}</p>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="mailbox-table" style={{ marginTop: "1rem" }}>
          <thead>
            <tr>
              <th scope="col">{t("to")}</th>
              <th scope="col">{t("subject")}</th>
              <th scope="col">{t("received")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} data-testid="mailbox-row">
                <td>{message.toAddress}</td>
                <td>
                  <Link href={`/dev/mailbox/${message.id}`}>{message.subject}</Link>
                </td>
                <td>{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
