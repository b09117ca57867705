import { getTranslations } from "next-intl/server";
import { CampaignStory } from "./campaign-story";
import styles from "./victory-message.module.css";

/** A won campaign's news at the top of its page: the organizers' message, Markdown rendered like the story. */
export async function VictoryMessage({ markdown, language }: { markdown: string; language: string }) {
  const t = await getTranslations("lifecycle");
  return (
    <section className={`card ${styles.victory}`} aria-labelledby="victory-heading" data-testid="victory">
      <h2 id="victory-heading" className={styles.heading}>
        {t("victoryHeading")}
      </h2>
      <div lang={language}>
        <CampaignStory markdown={markdown} />
      </div>
    </section>
  );
}
