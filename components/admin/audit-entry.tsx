import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Timestamp } from "@/components/moderation/timestamp";
import type { listAuditLog } from "@/lib/admin/list-audit-log";
import styles from "./admin.module.css";

type Entry = Awaited<ReturnType<typeof listAuditLog>>["entries"][number];

const ACTION_CODE = /^[a-z_]+\.[a-z_]+$/;

/** Before/after as indented JSON; React escapes it, so stored text cannot become markup. */
function Json({ value }: { value: unknown }) {
  return <pre className={styles.json}>{JSON.stringify(value, null, 2)}</pre>;
}

/** One line of the audit log: what (a readable label and the raw code), who, when, about what, and the change. */
export async function AuditEntry({ entry }: { entry: Entry }) {
  const t = await getTranslations("audit");
  const key = `actions.${entry.action}`;
  const label = ACTION_CODE.test(entry.action) && t.has(key) ? t(key) : t("otherAction");
  return (
    <li className={`card ${styles.entry}`} data-testid="audit-entry">
      <p className={styles.what}>
        <strong>{label}</strong> <code className={styles.code}>{entry.action}</code>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>{t("who")}</dt>
          <dd>
            {entry.actor ? (
              <Link href={`/admin/audit?actor=${entry.actor.id}`} title={t("onlyThisPerson")}>
                {entry.actor.email}
              </Link>
            ) : (
              t("system")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("when")}</dt>
          <dd>
            <Timestamp value={entry.createdAt} />
          </dd>
        </div>
        {entry.campaign && (
          <div>
            <dt>{t("about")}</dt>
            <dd>
              <Link href={`/admin/audit?campaign=${entry.campaign.id}`} title={t("onlyThisCampaign")}>
                {entry.campaign.title}
              </Link>
            </dd>
          </div>
        )}
        {entry.subject && (
          <div>
            <dt>{t("subject")}</dt>
            <dd>{entry.subject}</dd>
          </div>
        )}
      </dl>
      {(entry.before !== null || entry.after !== null) && (
        <dl className={styles.changes}>
          {entry.before !== null && (
            <div>
              <dt>{t("before")}</dt>
              <dd>
                <Json value={entry.before} />
              </dd>
            </div>
          )}
          {entry.after !== null && (
            <div>
              <dt>{t("after")}</dt>
              <dd>
                <Json value={entry.after} />
              </dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
}
