import type { ReactElement } from "react";
import { effectiveGoal } from "../campaigns/effective-goal";
import type { Locale } from "../i18n/locales";
import { translatorFor } from "../i18n/messages";
import { PREVIEW_HEIGHT, PREVIEW_PADDING_X, PREVIEW_WIDTH, progressPercent, titleLayout } from "./preview-layout";

export type PreviewCardData = {
  /** The reader's language: the words Chorus adds ("signatures", "Goal") are in it. */
  locale: Locale;
  title: string;
  titleLanguage: string;
  /** Who must act; drawn in the reader's language's glyphs, with the words around it. */
  target: string;
  signatureCount: number;
  /** The organizer's goal; once reached, the bar moves on to the next one (effectiveGoal), as on the page. */
  goal: number;
  goalIsFixed: boolean;
  state: "OPEN" | "CLOSED" | "WON";
};

// The site's colours (app/globals.css).
const INK = "#1d1a2e";
const INK_SOFT = "#4d4863";
const ACCENT = "#b8325a";
const ACCENT_SOFT = "#f8e6ec";
const BACKGROUND = "#f7f4ef";
const GRADIENT = `linear-gradient(90deg, ${ACCENT}, #e07a5f)`;

/** Chorus's mark, as in app/icon.svg. */
function mark(size: number) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64">
      <rect width="64" height="64" rx="14" fill={ACCENT} />
      <rect x="14" y="24" width="8" height="16" rx="4" fill="#fff" />
      <rect x="28" y="14" width="8" height="36" rx="4" fill="#fff" />
      <rect x="42" y="20" width="8" height="24" rx="4" fill="#fff" />
    </svg>
  );
}

/**
 * The link-preview image of a campaign, as satori draws it (a subset of HTML and CSS):
 * the brand, who must act, the title, the count and the progress toward the goal.
 * Every text element says its language, so satori picks Korean or Chinese glyphs for Han.
 */
export function campaignPreviewCard(data: PreviewCardData): ReactElement {
  const t = translatorFor(data.locale, "linkPreview");
  const brand = translatorFor(data.locale, "common")("brand");
  const count = data.signatureCount;
  const shownGoal = effectiveGoal(count, data.goal, data.goalIsFixed);
  const goalLine =
    count < data.goal
      ? t("goal", { goal: data.goal })
      : data.goalIsFixed
        ? t("fixedGoalReached", { goal: data.goal })
        : t("goalReached", { goal: shownGoal });
  const badge = data.state === "WON" ? t("won") : data.state === "CLOSED" ? t("closed") : null;
  const title = titleLayout(data.title);

  return (
    <div
      lang={data.locale}
      style={{ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, display: "flex", flexDirection: "column", background: BACKGROUND, color: INK }}
    >
      <div style={{ display: "flex", height: 14, background: GRADIENT }} />
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: `36px ${PREVIEW_PADDING_X}px 52px` }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", height: 52 }}>
          <div style={{ display: "flex", alignItems: "center", gap: 14 }}>
            {mark(44)}
            <span lang="en" style={{ fontSize: 34, fontWeight: 700, letterSpacing: -0.5 }}>
              {brand}
            </span>
          </div>
          {badge && (
            <span
              style={{
                fontSize: 26,
                fontWeight: 700,
                padding: "6px 22px",
                borderRadius: 999,
                background: data.state === "WON" ? "#e3f4ea" : "#ebe6de",
                color: data.state === "WON" ? "#14532f" : INK_SOFT,
              }}
            >
              {badge}
            </span>
          )}
        </div>
        <div
          style={{ marginTop: 30, fontSize: 28, lineHeight: 1.3, color: INK_SOFT, lineClamp: 1, wordBreak: data.locale === "ko" ? "keep-all" : "normal" }}
        >
          {t("petitionTo", { target: data.target })}
        </div>
        <div
          lang={data.titleLanguage}
          style={{
            marginTop: 14,
            fontSize: title.fontSize,
            lineHeight: title.lineHeight,
            fontWeight: 700,
            letterSpacing: -0.5,
            lineClamp: title.maxLines,
            // Korean is written with spaces and breaks between words, like the page.
            wordBreak: data.titleLanguage === "ko" ? "keep-all" : "normal",
            overflowWrap: "anywhere",
          }}
        >
          {data.title}
        </div>
        <div style={{ display: "flex", alignItems: "flex-end", justifyContent: "space-between", gap: 32, marginTop: "auto" }}>
          {/* An open campaign nobody signed yet asks for the first signature; a closed one shows its 0. */}
          {count > 0 || data.state !== "OPEN" ? (
            <div style={{ fontSize: 30, lineHeight: 1, color: INK_SOFT }}>
              {t.rich("signatures", {
                count,
                big: (chunks) => (
                  // A little air before a unit written close to the number ("1,234명").
                  <span style={{ fontSize: 68, fontWeight: 700, color: INK, letterSpacing: -1, marginRight: 6 }}>{chunks}</span>
                ),
              })}
            </div>
          ) : (
            <div style={{ fontSize: 44, lineHeight: 1.1, fontWeight: 700, color: ACCENT }}>{t("firstSigner")}</div>
          )}
          <div style={{ fontSize: 28, lineHeight: 1.2, color: INK_SOFT, paddingBottom: 4, flexShrink: 0 }}>{goalLine}</div>
        </div>
        <div style={{ display: "flex", marginTop: 20, height: 26, borderRadius: 999, background: ACCENT_SOFT, overflow: "hidden" }}>
          <div style={{ width: `${progressPercent(count, shownGoal)}%`, height: "100%", borderRadius: 999, background: GRADIENT }} />
        </div>
      </div>
    </div>
  );
}
