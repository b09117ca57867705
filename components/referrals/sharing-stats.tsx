import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/dashboard/dashboard.module.css";
import { ScrollArea } from "@/components/dashboard/scroll-area";
import { countryName } from "@/lib/i18n/countries";
import type { Locale } from "@/lib/i18n/locales";
import type { SignatureChannel, TopReferrer } from "@/lib/referrals/referral-stats";

type Props = {
  channels: SignatureChannel[];
  byDay: { day: Date; channel: string; signatures: number }[];
  referrers: TopReferrer[];
};

/** Brands keep their own names in every language; our own channels are translated. */
const BRANDS: Record<string, string> = {
  x: "X",
  facebook: "Facebook",
  whatsapp: "WhatsApp",
  telegram: "Telegram",
  line: "LINE",
  kakaotalk: "KakaoTalk",
  weibo: "Weibo",
};
const OWN_CHANNELS = ["direct", "link", "copy", "qr", "native", "email"] as const;
/** Columns of the by-day table: the busiest channels, the rest summed as "Other". */
const DAY_COLUMNS = 4;

/** The organizer's view of sharing: signatures by channel, by day, and the signers whose links brought the most. */
export async function SharingStats({ channels, byDay, referrers }: Props) {
  const t = await getTranslations("referrals");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const label = (channel: string) =>
    BRANDS[channel] ?? ((OWN_CHANNELS as readonly string[]).includes(channel) ? t(channel as (typeof OWN_CHANNELS)[number]) : channel);
  const columns = channels.slice(0, DAY_COLUMNS).map((row) => row.channel);
  const days = [...new Set(byDay.map((row) => row.day.toISOString()))].map((iso) => new Date(iso));
  const cell = (day: Date, channel: string | null) =>
    byDay
      .filter((row) => row.day.getTime() === day.getTime() && (channel === null ? !columns.includes(row.channel) : row.channel === channel))
      .reduce((sum, row) => sum + row.signatures, 0);

  return (
    <>
      <section className={`card ${styles.section}`} aria-labelledby="sharing-channels" data-testid="sharing-channels">
        <h2 id="sharing-channels">{t("sharingHeading")}</h2>
        <p className={styles.note}>{t("sharingIntro")}</p>
        {channels.length === 0 ? (
          <p>{t("noChannels")}</p>
        ) : (
          <>
            <ScrollArea labelledBy="sharing-channels">
              <table className={styles.table} data-testid="sharing-channel-table">
                <thead>
                  <tr>
                    <th scope="col">{t("channel")}</th>
                    <th scope="col" className={styles.number}>
                      {t("signatures")}
                    </th>
                    <th scope="col" className={styles.number}>
                      {t("lastWeek")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {channels.map((row) => (
                    <tr key={row.channel} data-channel={row.channel}>
                      <th scope="row">{label(row.channel)}</th>
                      <td className={styles.number}>{format.number(row.signatures)}</td>
                      <td className={styles.number}>{format.number(row.lastWeek)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
            {days.length > 0 && (
              <>
                <h3 id="sharing-by-day">{t("byDayHeading")}</h3>
                <ScrollArea labelledBy="sharing-by-day">
                  <table className={styles.table} data-testid="sharing-by-day">
                    <thead>
                      <tr>
                        <th scope="col">{t("day")}</th>
                        {columns.map((channel) => (
                          <th key={channel} scope="col" className={styles.number}>
                            {label(channel)}
                          </th>
                        ))}
                        {channels.length > DAY_COLUMNS && (
                          <th scope="col" className={styles.number}>
                            {t("other")}
                          </th>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {days.map((day) => (
                        <tr key={day.toISOString()}>
                          <th scope="row">{format.dateTime(day, { month: "short", day: "numeric", timeZone: "UTC" })}</th>
                          {columns.map((channel) => (
                            <td key={channel} className={styles.number}>
                              {format.number(cell(day, channel))}
                            </td>
                          ))}
                          {channels.length > DAY_COLUMNS && <td className={styles.number}>{format.number(cell(day, null))}</td>}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollArea>
              </>
            )}
          </>
        )}
      </section>
      <section className={`card ${styles.section}`} aria-labelledby="top-referrers" data-testid="top-referrers">
        <h2 id="top-referrers">{t("topHeading")}</h2>
        <p className={styles.note}>{t("topIntro")}</p>
        {referrers.length === 0 ? (
          <p>{t("noReferrers")}</p>
        ) : (
          <ScrollArea labelledBy="top-referrers">
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t("referrer")}</th>
                  <th scope="col">{t("country")}</th>
                  <th scope="col" className={styles.number}>
                    {t("referredDirect")}
                  </th>
                  <th scope="col" className={styles.number}>
                    {t("referredTotal")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {referrers.map((row, index) => (
                  <tr key={index}>
                    <th scope="row">{row.firstName}</th>
                    <td>{countryName(row.country, locale)}</td>
                    <td className={styles.number}>{format.number(row.direct)}</td>
                    <td className={styles.number}>{format.number(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollArea>
        )}
      </section>
    </>
  );
}
