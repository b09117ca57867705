import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { updatePath } from "@/lib/campaigns/organizer-paths";
import type { OrganizerUpdateRow } from "@/lib/updates/list-campaign-updates";
import styles from "./updates.module.css";

/** The campaign's updates as a table: title (to its page), kind, on the page or not, and its email. */
export async function UpdateList({ campaignId, updates }: { campaignId: string; updates: OrganizerUpdateRow[] }) {
  const t = await getTranslations("campaignUpdates");
  const format = await getFormatter();
  if (updates.length === 0) return <p data-testid="updates-empty">{t("empty")}</p>;
  const emailState = ({ email }: OrganizerUpdateRow) => {
    if (!email) return t("emailNone");
    if (email.state === "sent") return t("emailSent", { total: email.total });
    return t(email.state === "paused" ? "emailPaused" : "emailSending", { done: email.done, total: email.total });
  };
  return (
    <div className="card">
      <table className={styles.table} data-testid="update-list">
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columnTitle")}</th>
            <th scope="col">{t("columnKind")}</th>
            <th scope="col">{t("columnPage")}</th>
            <th scope="col">{t("columnEmail")}</th>
          </tr>
        </thead>
        <tbody>
          {updates.map((update) => (
            <tr key={update.id} data-testid="update-row">
              <th scope="row">
                <Link href={updatePath(campaignId, update.id)}>{update.title}</Link>
              </th>
              <td>{t(`kinds.${update.kind as "NEWS"}`)}</td>
              <td data-testid="update-page-state">
                {update.publishedAt ? t("pagePublished", { date: format.dateTime(update.publishedAt, { dateStyle: "medium" }) }) : t("pageDraft")}
              </td>
              <td data-testid="update-email-state">{emailState(update)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
