import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import ko from "./messages/ko.json";
import zh from "./messages/zh.json";
import authEn from "./messages/auth/en.json";
import authKo from "./messages/auth/ko.json";
import authZh from "./messages/auth/zh.json";
import organizerEn from "./messages/organizer/en.json";
import organizerKo from "./messages/organizer/ko.json";
import organizerZh from "./messages/organizer/zh.json";
import moderationEn from "./messages/moderation/en.json";
import moderationKo from "./messages/moderation/ko.json";
import moderationZh from "./messages/moderation/zh.json";
import dashboardEn from "./messages/dashboard/en.json";
import dashboardKo from "./messages/dashboard/ko.json";
import dashboardZh from "./messages/dashboard/zh.json";
import campaignLanguagesEn from "./messages/campaign-languages/en.json";
import campaignLanguagesKo from "./messages/campaign-languages/ko.json";
import campaignLanguagesZh from "./messages/campaign-languages/zh.json";
import translationsEn from "./messages/translations/en.json";
import translationsKo from "./messages/translations/ko.json";
import translationsZh from "./messages/translations/zh.json";
import referralsEn from "./messages/referrals/en.json";
import referralsKo from "./messages/referrals/ko.json";
import referralsZh from "./messages/referrals/zh.json";
import sharingEn from "./messages/sharing/en.json";
import sharingKo from "./messages/sharing/ko.json";
import sharingZh from "./messages/sharing/zh.json";
import ogEn from "./messages/og/en.json";
import ogKo from "./messages/og/ko.json";
import ogZh from "./messages/og/zh.json";
import embedEn from "./messages/embed/en.json";
import embedKo from "./messages/embed/ko.json";
import embedZh from "./messages/embed/zh.json";
import unsubscribeEn from "./messages/unsubscribe/en.json";
import unsubscribeKo from "./messages/unsubscribe/ko.json";
import unsubscribeZh from "./messages/unsubscribe/zh.json";
import updatesEn from "./messages/updates/en.json";
import updatesKo from "./messages/updates/ko.json";
import updatesZh from "./messages/updates/zh.json";
import emailUpdatesEn from "./messages/email-updates/en.json";
import emailUpdatesKo from "./messages/email-updates/ko.json";
import emailUpdatesZh from "./messages/email-updates/zh.json";
import type { Locale } from "./locales";

// Each area keeps its strings in its own folder (messages/<area>/<locale>.json) with its
// own top-level namespaces, so areas can change without touching each other's files.
const english = { ...en, ...authEn, ...organizerEn, ...moderationEn, ...dashboardEn, ...campaignLanguagesEn, ...translationsEn, ...referralsEn, ...sharingEn, ...ogEn, ...embedEn, ...unsubscribeEn, ...emailUpdatesEn, ...updatesEn };

export type Messages = typeof english;

const catalogue: Record<Locale, Messages> = {
  en: english,
  ko: { ...ko, ...authKo, ...organizerKo, ...moderationKo, ...dashboardKo, ...campaignLanguagesKo, ...translationsKo, ...referralsKo, ...sharingKo, ...ogKo, ...embedKo, ...unsubscribeKo, ...emailUpdatesKo, ...updatesKo },
  zh: { ...zh, ...authZh, ...organizerZh, ...moderationZh, ...dashboardZh, ...campaignLanguagesZh, ...translationsZh, ...referralsZh, ...sharingZh, ...ogZh, ...embedZh, ...unsubscribeZh, ...emailUpdatesZh, ...updatesZh },
};

export function loadMessages(locale: Locale): Messages {
  return catalogue[locale];
}

/** A translator outside React, for emails and API messages. */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogue[locale], namespace });
}
