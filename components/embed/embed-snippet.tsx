import { getTranslations } from "next-intl/server";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/signing-availability";
import { embedSnippet } from "@/lib/embed/embed-snippet";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import { getEnv } from "@/lib/env";
import { CopySnippet } from "./copy-snippet";
import styles from "./embed-snippet.module.css";

type Props = {
  slug: string;
  /** The campaign's title, for the frame's accessible name. */
  title: string;
  /** "details" on the campaign page (a disclosure), "section" on the organizer's dashboard (a card). */
  variant?: "details" | "section";
  /** On the dashboard: while the campaign is not public, the widget would say it is not available. */
  status?: CampaignStatus;
};

/** "Embed this petition": the snippet to paste into another site, with a copy button. */
export async function EmbedSnippet({ slug, title, variant = "details", status = "PUBLISHED" }: Props) {
  const t = await getTranslations("embed");
  const snippet = embedSnippet({ appUrl: getEnv().APP_URL, slug, frameTitle: t("frameTitle", { title }) });
  const body = (
    <>
      <p className={styles.note}>{t("snippetIntro")}</p>
      {!PUBLIC_CAMPAIGN_STATUSES.includes(status) && <p className="alert alert--info">{t("notPublic")}</p>}
      <CopySnippet snippet={snippet} id={`embed-code-${variant}`} />
      <p className={styles.note}>{t.rich("snippetThemes", { code: (chunks) => <code>{chunks}</code> })}</p>
    </>
  );
  if (variant === "section") {
    return (
      <section className={`card ${styles.section}`} aria-labelledby="embed-heading" data-testid="embed-section">
        <h2 id="embed-heading">{t("dashboardHeading")}</h2>
        {body}
      </section>
    );
  }
  return (
    <details className={styles.details} data-testid="embed-details">
      <summary className={styles.summary}>{t("snippetSummary")}</summary>
      <div className={styles.content}>{body}</div>
    </details>
  );
}
