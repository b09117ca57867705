"use client";

import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SIGNED_AT_GRANULARITY_MS } from "@/lib/signatures/coarse-signed-at";
import { useLiveCount, type LiveCount } from "./use-live-count";

type Props = {
  slug: string;
  initial: LiveCount;
  deadlineLabel: string | null;
  /** The embeddable widget leaves the recent signers out: they chose to appear on this campaign's page, not on other sites. */
  showRecentSigners?: boolean;
};

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/** Counts up to the live value over a moment, or jumps there when motion is unwelcome. */
function useAnimatedNumber(target: number): number {
  const [shown, setShown] = useState(target);
  const shownRef = useRef(target);
  useEffect(() => {
    const from = shownRef.current;
    if (from === target) return;
    const finish = (value: number) => {
      shownRef.current = value;
      setShown(value);
    };
    if (prefersReducedMotion()) return finish(target);
    const started = performance.now();
    let frame = requestAnimationFrame(function step(time) {
      const progress = Math.min(1, (time - started) / 700);
      const eased = 1 - (1 - progress) ** 3;
      finish(Math.round(from + (target - from) * eased));
      if (progress < 1) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return shown;
}

export function LiveCounter({ slug, initial, deadlineLabel, showRecentSigners = true }: Props) {
  const t = useTranslations("campaign");
  const format = useFormatter();
  const locale = useLocale();
  const now = useNow({ updateInterval: 10_000 });
  const live = useLiveCount(slug, initial);
  const shown = useAnimatedNumber(live.signatureCount);
  const [reachedGoal, setReachedGoal] = useState<number | null>(null);
  const [previousGoal, setPreviousGoal] = useState(live.goal);
  if (live.goal !== previousGoal) {
    // The goal moved on because the count reached it: celebrate (React's "adjust state
    // while rendering" pattern, so no effect is needed).
    if (live.goal > previousGoal && live.signatureCount >= previousGoal) setReachedGoal(previousGoal);
    setPreviousGoal(live.goal);
  }

  const percent = live.goal > 0 ? Math.min(100, Math.floor((live.signatureCount / live.goal) * 100)) : 0;
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });

  return (
    <section className="counter" aria-labelledby="signature-count">
      <p className="counter__count" id="signature-count" data-testid="signature-count" data-count={live.signatureCount}>
        {t("signatures", { count: shown })}
      </p>
      <p className="counter__goal">{t("goal", { goal: format.number(live.goal) })}</p>
      <div
        className="progress"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={live.goal}
        aria-valuenow={Math.min(live.signatureCount, live.goal)}
        aria-label={t("progressLabel", { count: format.number(live.signatureCount), goal: format.number(live.goal) })}
      >
        <div className="progress__bar" style={{ width: `${Math.max(percent, live.signatureCount > 0 ? 1 : 0)}%` }} />
      </div>
      <p className="counter__meta">
        <span>{t("progressPercent", { percent })}</span>
        {deadlineLabel && <span>{deadlineLabel}</span>}
      </p>
      <div role="status" className="counter__celebration-region">
        {reachedGoal !== null && (
          <p className="counter__celebration" data-testid="goal-reached">
            <span aria-hidden="true">🎉 </span>
            {t("goalReached", { goal: format.number(live.goal) })}
          </p>
        )}
      </div>
      {showRecentSigners && live.recentSigners.length > 0 && (
        <div className="ticker">
          <h3 className="ticker__heading">{t("recentSignersHeading")}</h3>
          <ul className="ticker__list" data-testid="recent-signers">
            {live.recentSigners.map((signer, index) => {
              const signedAt = new Date(signer.signedAt);
              const country = regionNames.of(signer.country) ?? signer.country;
              // Times are floored to ten minutes: within the newest ten, "a few minutes ago"
              // is the honest answer (a relative time would say "3 minutes ago" for a second ago).
              return (
                <li key={`${index}-${signer.signedAt}-${signer.name}`}>
                  {now.getTime() - signedAt.getTime() < SIGNED_AT_GRANULARITY_MS
                    ? t("signerLineRecent", { name: signer.name, country })
                    : t("signerLine", { name: signer.name, country, time: format.relativeTime(signedAt, now) })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
