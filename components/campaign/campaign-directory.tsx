import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MAX_SEARCH_LENGTH } from "@/lib/campaigns/campaign-search";
import type { PublicCampaignPage } from "@/lib/campaigns/list-public-campaigns";
import { CampaignCard } from "./campaign-card";
import styles from "./campaign-directory.module.css";

type Props = {
  heading: string;
  intro?: string;
  /** The search box's text as the visitor sent it; empty when browsing. */
  query: string;
  open: PublicCampaignPage;
  ended: PublicCampaignPage;
};

/** Where a page of results lives: the home page is the first page of everything. */
function pageHref(query: string, page: number): string {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/search?${search}` : "/";
}

/** The search box and a page of open and ended campaigns, shared by the home and search pages. */
export async function CampaignDirectory({ heading, intro, query, open, ended }: Props) {
  const t = await getTranslations("home");
  const searching = query.trim() !== "";
  const total = open.total + ended.total;
  const page = open.page;
  const pageCount = Math.max(open.pageCount, ended.pageCount, 1);

  return (
    <div className="page">
      <div className={styles.intro}>
        <div>
          <h1>{heading}</h1>
          {intro && <p>{intro}</p>}
        </div>
        <Link href="/start" className={`button ${styles.start}`}>
          {t("startCampaign")}
        </Link>
      </div>

      <form role="search" action="/search" method="get" className={styles.search}>
        <div className={styles.searchField}>
          <label htmlFor="q">{t("searchLabel")}</label>
          <input id="q" name="q" type="search" defaultValue={query} maxLength={MAX_SEARCH_LENGTH} />
        </div>
        <button type="submit" className={`button ${styles.searchButton}`}>
          {t("searchButton")}
        </button>
      </form>

      {searching && (
        <p className={styles.resultCount} role="status" data-testid="result-count">
          {t("resultCount", { count: total, query })}
        </p>
      )}
      {searching && total === 0 && (
        <p className={styles.empty}>
          {t("noMatchesHint")} <Link href="/">{t("browseAll")}</Link>
        </p>
      )}

      {(!searching || open.total > 0) && (
        <section className={styles.section} aria-labelledby="open-heading" data-testid="open-campaigns">
          <h2 id="open-heading">{t("openHeading")}</h2>
          {open.campaigns.length > 0 ? (
            <ul className={styles.list}>
              {open.campaigns.map((campaign) => (
                <CampaignCard key={campaign.id} campaign={campaign} />
              ))}
            </ul>
          ) : (
            <p className={styles.empty}>{t("empty")}</p>
          )}
        </section>
      )}

      {ended.campaigns.length > 0 && (
        <section className={styles.section} aria-labelledby="ended-heading" data-testid="ended-campaigns">
          <h2 id="ended-heading">{t("endedHeading")}</h2>
          <ul className={styles.list}>
            {ended.campaigns.map((campaign) => (
              <CampaignCard key={campaign.id} campaign={campaign} />
            ))}
          </ul>
        </section>
      )}

      {pageCount > 1 && (
        <nav className={styles.pagination} aria-label={t("pagination")}>
          {page > 1 ? <Link href={pageHref(query, page - 1)}>{t("previousPage")}</Link> : <span />}
          <p>{t("pageOf", { page, pages: pageCount })}</p>
          {page < pageCount ? <Link href={pageHref(query, page + 1)}>{t("nextPage")}</Link> : <span />}
        </nav>
      )}
    </div>
  );
}
