import { getFormatter, getTranslations } from "next-intl/server";

type Props = { count: number; goal: number; closesAt: Date | null; closed: boolean };

export async function SignatureProgress({ count, goal, closesAt, closed }: Props) {
  const t = await getTranslations("campaign");
  const format = await getFormatter();
  const percent = goal > 0 ? Math.min(100, Math.floor((count / goal) * 100)) : 0;
  const deadline = closesAt ? format.dateTime(closesAt, { dateStyle: "long" }) : null;
  return (
    <section className="counter" aria-labelledby="signature-count">
      <p className="counter__count" id="signature-count" data-testid="signature-count" data-count={count}>
        {t("signatures", { count })}
      </p>
      <p className="counter__goal">{t("goal", { goal: format.number(goal) })}</p>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={Math.min(count, goal)}
        aria-label={t("progressLabel", { count: format.number(count), goal: format.number(goal) })}
      >
        <div className="progress__bar" style={{ width: `${Math.max(percent, count > 0 ? 1 : 0)}%` }} />
      </div>
      <p className="counter__meta">
        <span>{t("progressPercent", { percent })}</span>
        {deadline && <span>{closed ? t("closedOn", { date: deadline }) : t("closesOn", { date: deadline })}</span>}
      </p>
    </section>
  );
}
