import { createTranslator } from "next-intl";
import { messages as core } from "./messages/core";
import { messages as auth } from "./messages/auth";
import { messages as campaignLanguages } from "./messages/campaign-languages";
import { messages as dashboard } from "./messages/dashboard";
import { messages as emailUpdates } from "./messages/email-updates";
import { messages as embed } from "./messages/embed";
import { messages as moderation } from "./messages/moderation";
import { messages as og } from "./messages/og";
import { messages as organizer } from "./messages/organizer";
import { messages as referrals } from "./messages/referrals";
import { messages as sharing } from "./messages/sharing";
import { messages as translations } from "./messages/translations";
import { messages as unsubscribe } from "./messages/unsubscribe";
import { messages as updates } from "./messages/updates";
import type { Locale } from "./locales";

/**
 * Each area keeps its strings in its own folder (messages/<area>/<locale>.json, gathered by
 * its index.ts) with its own top-level namespaces, so areas can change without touching each
 * other's files. A new area is one line above and one name here.
 */
export const MESSAGE_AREAS = [core, auth, campaignLanguages, dashboard, emailUpdates, embed, moderation, og, organizer, referrals, sharing, translations, unsubscribe, updates] as const;

type Area = (typeof MESSAGE_AREAS)[number];
type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
export type Messages = UnionToIntersection<Area["en"]>;

const merged = (locale: Locale) => Object.assign({}, ...MESSAGE_AREAS.map((area) => area[locale])) as Messages;
const catalogue: Record<Locale, Messages> = { en: merged("en"), ko: merged("ko"), zh: merged("zh") };

export function loadMessages(locale: Locale): Messages {
  return catalogue[locale];
}

/** A translator outside React, for emails and API messages. */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogue[locale], namespace });
}
