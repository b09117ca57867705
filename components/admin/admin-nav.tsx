import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./admin.module.css";

/** The admin area's two pages. */
export async function AdminNav({ current }: { current: "people" | "audit" }) {
  const t = await getTranslations("admin");
  return (
    <nav aria-label={t("sections")}>
      <ul className={styles.tabs}>
        <li>
          <Link href="/admin" aria-current={current === "people" ? "page" : undefined}>
            {t("people")}
          </Link>
        </li>
        <li>
          <Link href="/admin/audit" aria-current={current === "audit" ? "page" : undefined}>
            {t("auditLog")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
