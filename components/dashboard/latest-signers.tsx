import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { LatestSigner } from "@/lib/dashboard/get-latest-signers";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./dashboard.module.css";
import { ScrollArea } from "./scroll-area";

/** The newest confirmed signers: name, country and time, never an email address. */
export async function LatestSigners({ signers }: { signers: LatestSigner[] }) {
  const t = await getTranslations("campaignDashboard");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="latest">
      <h2 id="latest">{t("latestHeading")}</h2>
      {signers.length === 0 ? (
        <p>{t("latestEmpty")}</p>
      ) : (
        <ScrollArea labelledBy="latest">
          <table className={styles.table} data-testid="latest-signers">
            <caption className={styles.caption}>{t("latestCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("nameColumn")}</th>
                <th scope="col">{t("countryColumn")}</th>
                <th scope="col">{t("confirmedAtColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {signers.map((signer, index) => (
                <tr key={index}>
                  <td>{signer.name}</td>
                  <td>{countryName(signer.country, locale)}</td>
                  <td>
                    <time dateTime={signer.confirmedAt.toISOString()}>
                      {format.dateTime(signer.confirmedAt, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
