import { getTranslations } from "next-intl/server";
import { countriesCsvPath, signersCsvPath } from "@/lib/campaigns/organizer-paths";
import styles from "./dashboard.module.css";

/** The CSV downloads: plain links to the export routes, so they work without JavaScript. */
export async function Downloads({ campaignId }: { campaignId: string }) {
  const t = await getTranslations("campaignDashboard");
  return (
    <section className={`card ${styles.section}`} aria-labelledby="downloads">
      <h2 id="downloads">{t("downloadsHeading")}</h2>
      <ul className={styles.downloads}>
        <li>
          <a href={signersCsvPath(campaignId)} download>
            {t("signersCsv")}
          </a>
        </li>
        <li>
          <a href={countriesCsvPath(campaignId)} download>
            {t("countriesCsv")}
          </a>
        </li>
      </ul>
      <p className={styles.note}>{t("downloadsNote")}</p>
    </section>
  );
}
