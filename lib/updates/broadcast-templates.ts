import type { Db } from "../db";
import { isLocale, type Locale } from "../i18n/locales";
import type { BroadcastContent } from "./broadcast-content";
import { encodeUpdateEmail, type EncodedUpdateEmail } from "./encoded-update-email";
import { renderUpdateTemplate, type UpdateEmailTemplate } from "./render-update-email";
import { LIST_UNSUBSCRIBE_HEADER_NAMES } from "./unsubscribe-headers";

type Broadcast = { content: BroadcastContent; startedAt: Date };
/** A language's email: rendered with holes for each signer's links, and pre-encoded as JSON. */
export type LanguageEmail = { template: UpdateEmailTemplate; encoded: EncodedUpdateEmail };

/**
 * A worker's memory of broadcasts: each one's frozen content, read once, and its email
 * rendered and JSON-encoded once per language. Content never changes once a send started, so nothing here
 * goes stale; the maps are emptied when they grow, to bound memory over months of sends.
 */
export function createBroadcastTemplates(appUrl: string) {
  const broadcasts = new Map<string, Promise<Broadcast>>();
  const templates = new Map<string, Promise<LanguageEmail>>();
  const MAX_ENTRIES = 64;

  function broadcast(db: Db, broadcastId: string): Promise<Broadcast> {
    let entry = broadcasts.get(broadcastId);
    if (!entry) {
      if (broadcasts.size >= MAX_ENTRIES) broadcasts.clear();
      entry = db.updateBroadcast
        .findUniqueOrThrow({ where: { id: broadcastId }, select: { content: true, startedAt: true } })
        .then((row) => ({ content: row.content as BroadcastContent, startedAt: row.startedAt }));
      entry.catch(() => broadcasts.delete(broadcastId));
      broadcasts.set(broadcastId, entry);
    }
    return entry;
  }

  return {
    broadcast,
    /** The language a signer is written to in: theirs, else the campaign's, else English. */
    localeFor(content: BroadcastContent, signerLocale: string): Locale {
      if (isLocale(signerLocale)) return signerLocale;
      return isLocale(content.campaignLanguage) ? content.campaignLanguage : "en";
    },
    template(broadcastId: string, content: BroadcastContent, locale: Locale): Promise<LanguageEmail> {
      const key = `${broadcastId}:${locale}`;
      let entry = templates.get(key);
      if (!entry) {
        if (templates.size >= MAX_ENTRIES) templates.clear();
        entry = renderUpdateTemplate(content, locale, { appUrl }).then((template) => ({
          template,
          encoded: encodeUpdateEmail(template, LIST_UNSUBSCRIBE_HEADER_NAMES),
        }));
        entry.catch(() => templates.delete(key));
        templates.set(key, entry);
      }
      return entry;
    },
  };
}

export type BroadcastTemplates = ReturnType<typeof createBroadcastTemplates>;
