import { getFormatter, getTranslations } from "next-intl/server";
import { effectiveGoal } from "@/lib/campaigns/effective-goal";
import type { CampaignTotals as Totals } from "@/lib/dashboard/get-campaign-totals";
import styles from "./dashboard.module.css";

type Props = { totals: Totals; goal: number; goalIsFixed: boolean };

/** The four numbers an organizer looks at first. */
export async function CampaignTotals({ totals, goal, goalIsFixed }: Props) {
  const t = await getTranslations("campaignDashboard");
  const format = await getFormatter();
  const shownGoal = effectiveGoal(totals.confirmed, goal, goalIsFixed);
  const items = [
    { key: "confirmed", label: t("confirmed"), value: totals.confirmed },
    { key: "pending", label: t("pending"), value: totals.pending },
    { key: "consenting", label: t("consenting"), value: totals.consenting },
    { key: "goal", label: t("goal"), value: goal },
  ];
  return (
    <section aria-labelledby="totals" className={styles.section}>
      <h2 id="totals" className="visually-hidden">
        {t("totalsHeading")}
      </h2>
      <dl className={styles.totals} data-testid="totals">
        {items.map((item) => (
          <div key={item.key} className={`card ${styles.total}`} data-testid={`total-${item.key}`}>
            <dt>{item.label}</dt>
            <dd>{format.number(item.value)}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.progressText}>
        {t("goalProgress", { percent: format.number(Math.min(totals.confirmed / Math.max(goal, 1), 1), { style: "percent", maximumFractionDigits: 0 }) })}
        {shownGoal !== goal && <> {t("goalRaised", { goal: format.number(shownGoal) })}</>}
      </p>
    </section>
  );
}
