import { setLocaleAction } from "@/app/actions/set-locale";
import { localeNames, locales, type Locale } from "@/lib/i18n/locales";

/** One button per language; a plain form, so it works before (and without) JavaScript. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  return (
    <form action={setLocaleAction} className="language-switcher">
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className="language-switcher__option"
          >
            {localeNames[locale]}
          </button>
        ))}
      </fieldset>
    </form>
  );
}
