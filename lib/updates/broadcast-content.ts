import type { DbTx } from "../db";
import { getSignatureCount } from "../signatures/signature-count";

export type UpdateKindName = "NEWS" | "RESPONSE" | "VICTORY" | "SETBACK";

/**
 * Everything an update email shows except each signer's own links, frozen when the send
 * starts (UpdateBroadcast.content) or when a test is queued (the outbox payload): a retried
 * batch renders byte for byte what its first attempt sent.
 */
export type BroadcastContent = {
  kind: UpdateKindName;
  title: string;
  /** Markdown, sanitized when rendered. */
  body: string;
  campaignSlug: string;
  /** The campaign's own language; its title there is the fallback. */
  campaignLanguage: string;
  /** The campaign's title by language: its own and its published translations. */
  campaignTitles: Record<string, string>;
  signatureCount: number;
};

export type UpdateForContent = {
  kind: UpdateKindName;
  title: string;
  body: string;
  campaign: { id: string; slug: string; title: string; language: string };
};

export function isEmptyUpdate(update: { title: string; body: string }): boolean {
  return update.title.trim() === "" || update.body.trim() === "";
}

export async function snapshotBroadcastContent(tx: DbTx, update: UpdateForContent): Promise<BroadcastContent> {
  const translations = await tx.campaignTranslation.findMany({
    where: { campaignId: update.campaign.id, isDraft: false },
    select: { language: true, title: true },
  });
  return {
    kind: update.kind,
    title: update.title,
    body: update.body,
    campaignSlug: update.campaign.slug,
    campaignLanguage: update.campaign.language,
    campaignTitles: {
      ...Object.fromEntries(translations.map((translation) => [translation.language, translation.title])),
      [update.campaign.language]: update.campaign.title,
    },
    signatureCount: await getSignatureCount(tx, update.campaign.id),
  };
}
