import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import ko from "./messages/ko.json";
import zh from "./messages/zh.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const catalogue: Record<Locale, Messages> = { en, ko, zh };

export function loadMessages(locale: Locale): Messages {
  return catalogue[locale];
}

/** A translator outside React, for emails and API messages. */
export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: catalogue[locale], namespace });
}
