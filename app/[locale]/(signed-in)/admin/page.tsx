import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import styles from "@/components/admin/admin.module.css";
import { Pagination } from "@/components/admin/pagination";
import { ResumeBroadcastForm } from "@/components/admin/resume-broadcast-form";
import { UserAccessForm } from "@/components/admin/user-access-form";
import { UserSearchForm } from "@/components/admin/user-search-form";
import { ADMIN_SEARCH_COOKIE } from "@/lib/admin/admin-search-cookie";
import { listUsers } from "@/lib/admin/list-users";
import { requirePageAccess } from "@/lib/auth/require-page-access";
import { getDb } from "@/lib/db";
import { setPageLocale } from "@/lib/i18n/page-locale";
import { listPausedBroadcasts } from "@/lib/updates/list-paused-broadcasts";
import { clearUserSearchAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AdminPage({ params, searchParams }: Props) {
  await setPageLocale(params);
  const { person } = await requirePageAccess("admin", { returnTo: "/admin" });
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const query = (await cookies()).get(ADMIN_SEARCH_COOKIE)?.value ?? "";
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? "1", 10) || 1);
  const { users, total, pages } = await listUsers({ db: getDb(), emailContains: query, page });
  const paused = await listPausedBroadcasts(getDb());

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <AdminNav current="people" />
      {paused.length > 0 && (
        <section className="alert alert--error" aria-labelledby="paused-heading" data-testid="paused-broadcasts">
          <h2 id="paused-heading">{t("pausedHeading")}</h2>
          <p>{t("pausedIntro")}</p>
          <ul className={styles.list}>
            {paused.map((send) => (
              <li key={send.broadcastId}>
                <p>{t("pausedItem", { update: send.updateTitle, campaign: send.campaignTitle, waiting: send.waiting })}</p>
                {send.pausedReason && <p>{t("pausedReason", { reason: send.pausedReason })}</p>}
                <ResumeBroadcastForm broadcastId={send.broadcastId} label={send.updateTitle} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t("peopleHeading", { count: total })}</h2>
      <UserSearchForm query={query} />
      {query && (
        <div className={styles.summary}>
          <p role="status" data-testid="user-search-summary">
            {t("searchResults", { count: total, query })}
          </p>
          <form action={clearUserSearchAction}>
            <button type="submit" className="button button--secondary">
              {t("showEveryone")}
            </button>
          </form>
        </div>
      )}
      {users.length === 0 && !query ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={styles.list}>
          {users.map((user) => (
            <li key={user.id} className="card">
              <UserAccessForm
                user={{ id: user.id, email: user.email, role: user.role, trusted: user.trusted }}
                joined={t("joined", { date: format.dateTime(user.createdAt, { dateStyle: "medium" }) })}
                isSelf={user.id === person.id}
              />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} href={(to) => `/admin?page=${to}`} />
    </div>
  );
}
