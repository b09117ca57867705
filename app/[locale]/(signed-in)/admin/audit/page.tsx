import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { AuditEntry } from "@/components/admin/audit-entry";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { Pagination } from "@/components/admin/pagination";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ campaign?: string; actor?: string; page?: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idOrNull = (value: string | undefined) => (value && UUID.test(value) ? value : null);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AuditLogPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  await requirePageAccess("admin", { returnTo: "/admin/audit" });
  const t = await getTranslations("audit");
  const ta = await getTranslations("admin");
  const search = await searchParams;
  const campaignId = idOrNull(search.campaign);
  const actorId = idOrNull(search.actor);
  const page = Math.max(1, Number.parseInt(search.page ?? "1", 10) || 1);
  const db = getDb();
  const [{ entries, total, pages }, campaign, actor] = await Promise.all([
    listAuditLog({ db, campaignId, actorId, page }),
    campaignId ? db.campaign.findUnique({ where: { id: campaignId }, select: { slug: true, title: true } }) : null,
    actorId ? db.user.findUnique({ where: { id: actorId }, select: { email: true } }) : null,
  ]);
  const filters = new URLSearchParams();
  if (campaignId) filters.set("campaign", campaignId);
  if (actorId) filters.set("actor", actorId);

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <AdminNav current="audit" />
      <p>{t("intro")}</p>
      <h2>{t("filterHeading")}</h2>
      <AuditFilterForm campaign={campaign?.slug ?? ""} actor={actor?.email ?? ""} />
      <div className={styles.summary}>
        <p role="status" data-testid="audit-count">
          {t("count", { count: total })}
          {campaign && <> · {t("filteredCampaign", { title: campaign.title })}</>}
          {actor && <> · {t("filteredActor", { email: actor.email })}</>}
        </p>
        {(campaignId || actorId) && <Link href="/admin/audit">{t("showAll")}</Link>}
      </div>
      {entries.length === 0 && !campaignId && !actorId ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className={styles.list} aria-label={ta("auditLog")}>
          {entries.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pages={pages}
        href={(to) => {
          const query = new URLSearchParams(filters);
          query.set("page", String(to));
          return `/admin/audit?${query}`;
        }}
      />
    </div>
  );
}
