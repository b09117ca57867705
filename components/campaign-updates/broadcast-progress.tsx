import { getFormatter, getTranslations } from "next-intl/server";
import { AutoRefresh } from "./auto-refresh";
import styles from "./updates.module.css";
import type { BroadcastProgress } from "@/lib/updates/get-broadcast-progress";

export type ProgressView = Omit<BroadcastProgress, "broadcastId">;

/**
 * An email send's progress, counted from its recipients in the database (so it is right
 * after a restart too). While it runs the page refreshes itself; the status line is a live
 * region, so a screen reader hears when it finishes.
 */
export async function BroadcastProgress({ progress }: { progress: ProgressView }) {
  const t = await getTranslations("campaignUpdates");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const counts = [
    ["queued", t("progressQueued"), progress.queued],
    ["sent", t("progressSent"), progress.sent],
    ["failed", t("progressFailed"), progress.failed],
    ["skipped", t("progressSkipped"), progress.skipped],
  ] as const;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="progress-heading" data-testid="broadcast-progress" data-status={progress.status}>
      <h2 id="progress-heading">{t("progressHeading")}</h2>
      <p>
        {t("progressTotal", { total: progress.recipientCount })} · {t("progressStarted", { date: when(progress.startedAt) })}
      </p>
      <p role="status" data-testid="progress-status">
        {progress.status === "DONE" && progress.finishedAt
          ? t("progressDone", { date: when(progress.finishedAt) })
          : progress.status === "PAUSED"
            ? t("progressPaused", { reason: progress.pausedReason ?? "" })
            : t("progressSending")}
      </p>
      <dl className={styles.counts}>
        {counts.map(([key, label, value]) => (
          <div key={key} data-testid={`progress-${key}`}>
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {progress.status === "SENDING" && <AutoRefresh />}
    </section>
  );
}
