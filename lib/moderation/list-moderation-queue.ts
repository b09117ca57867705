import "server-only";
import type { Db } from "../db";
import { isLocale } from "../i18n/locales";

/** Campaigns waiting for a moderator, the longest-waiting first, with their organizer's email. */
export async function listModerationQueue({ db }: { db: Db }) {
  const campaigns = await db.campaign.findMany({
    where: { status: "IN_REVIEW" },
    select: {
      id: true,
      slug: true,
      title: true,
      language: true,
      submittedAt: true,
      createdAt: true,
      owner: { select: { email: true } },
      translations: { select: { language: true, isDraft: true }, orderBy: { language: "asc" } },
    },
    // A campaign without a submission time (made by hand) counts from its creation.
    orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
  });
  return campaigns.map(({ owner, submittedAt, createdAt, translations, ...campaign }) => ({
    ...campaign,
    // The languages a moderator will read in the preview: its own, then each translation.
    translations: translations.filter((translation) => isLocale(translation.language) && translation.language !== campaign.language),
    submittedAt: submittedAt ?? createdAt,
    ownerEmail: owner?.email ?? null,
  }));
}
