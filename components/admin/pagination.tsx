import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./admin.module.css";

type Props = { page: number; pages: number; href: (page: number) => string };

/** Newer / Older links around "Page 2 of 5"; nothing when everything fits on one page. */
export async function Pagination({ page, pages, href }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations("admin");
  return (
    <nav aria-label={t("pages")} className={styles.pagination}>
      {page > 1 ? <Link href={href(page - 1)}>{t("newer")}</Link> : <span />}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t("older")}</Link> : <span />}
    </nav>
  );
}
