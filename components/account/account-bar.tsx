import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/sign-in/actions";
import { getCurrentPerson } from "@/lib/auth/current-person";
import { isAdmin, isModerator } from "@/lib/auth/person";
import styles from "./account-bar.module.css";

/** Above every organizer, moderator and admin page: who is signed in, where they can go, sign out. */
export async function AccountBar() {
  const person = await getCurrentPerson();
  if (!person) return null;
  const t = await getTranslations("account");
  const ts = await getTranslations("signIn");
  return (
    <nav className={styles.bar} aria-label={t("navLabel")}>
      <ul className={styles.links}>
        <li>
          <Link href="/dashboard">{t("dashboard")}</Link>
        </li>
        <li>
          <Link href="/start">{t("start")}</Link>
        </li>
        {isModerator(person) && (
          <li>
            <Link href="/moderation">{t("moderation")}</Link>
          </li>
        )}
        {isAdmin(person) && (
          <li>
            <Link href="/admin">{t("admin")}</Link>
          </li>
        )}
      </ul>
      <p className={styles.who}>{ts("signedInAs", { email: person.email })}</p>
      <form action={signOutAction}>
        <button type="submit" className="button button--secondary">
          {ts("signOut")}
        </button>
      </form>
    </nav>
  );
}
