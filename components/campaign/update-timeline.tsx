import { getTranslations } from "next-intl/server";
import type { PublishedUpdate } from "@/lib/updates/list-published-updates";
import { publicUpdatePath } from "@/lib/updates/public-update-paths";
import { UpdateArticle } from "./update-article";

type Props = { slug: string; language: string; updates: PublishedUpdate[] };

/** The campaign page's "Updates": published updates, newest first, each linking to its own page. */
export async function UpdateTimeline({ slug, language, updates }: Props) {
  if (updates.length === 0) return null;
  const t = await getTranslations("updateTimeline");
  return (
    <section className="campaign__updates" aria-labelledby="updates-heading" data-testid="update-timeline">
      <h2 id="updates-heading">{t("heading")}</h2>
      <ol className="updates">
        {updates.map((update) => (
          <li key={update.id}>
            <UpdateArticle update={update} language={language} headingLevel={3} href={publicUpdatePath(slug, update.id)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
