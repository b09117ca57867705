import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ChartGranularity } from "@/lib/dashboard/chart-range";
import type { SignatureBucket } from "@/lib/dashboard/get-signatures-over-time";
import { ChartLegend } from "./chart-legend";
import { ScrollArea } from "./scroll-area";
import { SignaturesChart } from "./signatures-chart";
import styles from "./dashboard.module.css";

type Props = { buckets: SignatureBucket[]; granularity: ChartGranularity; basePath: string };

/** The chart with its hour/day switch (plain links), its key and the same numbers as a table. */
export async function SignaturesOverTime({ buckets, granularity, basePath }: Props) {
  const t = await getTranslations("campaignDashboard");
  const format = await getFormatter();
  const locale = await getLocale();
  const labels = { confirmed: t("series.confirmed"), pending: t("series.pending") };
  const caption = t(granularity === "hour" ? "captionHour" : "captionDay");
  const when = (start: string) =>
    granularity === "hour"
      ? format.dateTime(new Date(start), { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      : format.dateTime(new Date(start), { year: "numeric", month: "short", day: "numeric" });
  const option = (value: ChartGranularity, label: string) => (
    <li>
      <Link href={`${basePath}?granularity=${value}#chart`} aria-current={value === granularity ? "true" : undefined} className={styles.switchLink}>
        {label}
      </Link>
    </li>
  );

  return (
    <section className={`card ${styles.section}`} aria-labelledby="chart" data-testid="signatures-over-time">
      <div className={styles.sectionHead}>
        <h2 id="chart">{t("chartHeading")}</h2>
        <div className={styles.switch}>
          <span id="granularity-label">{t("granularityLabel")}</span>
          <ul aria-labelledby="granularity-label">
            {option("hour", t("byHour"))}
            {option("day", t("byDay"))}
          </ul>
        </div>
      </div>
      <figure className={styles.figure}>
        <figcaption>{caption}</figcaption>
        <SignaturesChart buckets={buckets} granularity={granularity} locale={locale} labels={labels} title={caption} description={t("chartDescription")} />
        <ChartLegend {...labels} />
      </figure>
      <details className={styles.details}>
        <summary>{t("tableToggle")}</summary>
        <ScrollArea labelledBy="chart">
          <table className={styles.table} data-testid="chart-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t(granularity === "hour" ? "hourColumn" : "dayColumn")}</th>
                <th scope="col" className={styles.number}>
                  {labels.confirmed}
                </th>
                <th scope="col" className={styles.number}>
                  {labels.pending}
                </th>
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">
                    <time dateTime={bucket.start}>{when(bucket.start)}</time>
                  </th>
                  <td className={styles.number}>{format.number(bucket.confirmed)}</td>
                  <td className={styles.number}>{format.number(bucket.pending)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      </details>
    </section>
  );
}
