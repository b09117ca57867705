import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { CampaignStory } from "./campaign-story";

type Props = {
  update: { kind: string; title: string; body: string; publishedAt: Date | null };
  /** The language the organizers wrote it in (the campaign's). */
  language: string;
  /** h1 on the update's own page, h3 under the campaign page's "Updates" heading. */
  headingLevel: 1 | 2 | 3;
  /** The update's own page, linked from its title on the timeline. */
  href?: string;
};

/**
 * One update as the public sees it: its kind, date, title and text. The text goes through
 * the campaign story's renderer (no raw HTML, no pictures, safe links), so script and
 * tracking pixels in an update's Markdown never reach a page. Used by the timeline, the
 * update's own page and the organizer's preview alike.
 */
export function UpdateArticle({ update, language, headingLevel, href }: Props) {
  const t = useTranslations("updateTimeline");
  const format = useFormatter();
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!;
  const kindKey = (["NEWS", "RESPONSE", "VICTORY", "SETBACK"] as const).find((kind) => kind === update.kind) ?? "NEWS";
  return (
    <article className="update" data-testid="update-article" data-kind={kindKey}>
      <p className="update__meta">
        <span className={`update__kind update__kind--${kindKey.toLowerCase()}`}>{t(`kinds.${kindKey}`)}</span>
        {update.publishedAt && (
          <time dateTime={update.publishedAt.toISOString()}>{t("posted", { date: format.dateTime(update.publishedAt, { dateStyle: "long" }) })}</time>
        )}
      </p>
      <Heading className="update__title" lang={language}>
        {href ? <Link href={href}>{update.title}</Link> : update.title}
      </Heading>
      <div lang={language}>
        <CampaignStory markdown={update.body} />
      </div>
    </article>
  );
}
