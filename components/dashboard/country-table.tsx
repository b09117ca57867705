import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CountryCount } from "@/lib/dashboard/get-signatures-by-country";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/locales";
import styles from "./dashboard.module.css";
import { ScrollArea } from "./scroll-area";

/**
 * Confirmed signatures per country. Rows carry the ISO 3166-1 alpha-2 code (as the data
 * does), which is what a map keys its shapes by, should one be drawn from the same list.
 */
export async function CountryTable({ countries }: { countries: CountryCount[] }) {
  const t = await getTranslations("campaignDashboard");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const total = countries.reduce((sum, row) => sum + row.confirmed, 0);
  return (
    <section className={`card ${styles.section}`} aria-labelledby="countries">
      <h2 id="countries">{t("countriesHeading")}</h2>
      {countries.length === 0 ? (
        <p>{t("countriesEmpty")}</p>
      ) : (
        <ScrollArea labelledBy="countries">
          <table className={styles.table} data-testid="country-table">
            <thead>
              <tr>
                <th scope="col">{t("countryColumn")}</th>
                <th scope="col" className={styles.number}>
                  {t("countColumn")}
                </th>
                <th scope="col" className={styles.number}>
                  {t("shareColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {countries.map((row) => (
                <tr key={row.country} data-country={row.country}>
                  <th scope="row">{countryName(row.country, locale)}</th>
                  <td className={styles.number}>{format.number(row.confirmed)}</td>
                  <td className={styles.number}>{format.number(row.confirmed / total, { style: "percent", maximumFractionDigits: 1 })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </section>
  );
}
