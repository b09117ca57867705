import en from "./en.json";
import ko from "./ko.json";
import zh from "./zh.json";

/** The site's own strings (signing, the campaign page, emails…); other areas have folders. */
export const messages = { en, ko, zh };
