import en from "./en.json";
import ko from "./ko.json";
import zh from "./zh.json";

export const messages = { en, ko, zh };
