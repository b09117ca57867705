"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { cancelInvitationAction, removeCoOrganizerAction } from "@/app/[locale]/(signed-in)/dashboard/campaigns/[id]/team/actions";
import { FormStatus } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/forms/form-state";
import styles from "./team.module.css";

type Member = { userId: string; email: string; role: "OWNER" | "ORGANIZER" };
type Invitation = { id: string; email: string; sentAt: string; sentLabel: string };
type Props = { campaignId: string; canManage: boolean; members: Member[]; invitations: Invitation[] };

const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

/**
 * Members and pending invitations; for the owner, a remove or cancel button on each row
 * (each its own small form, so it works without JavaScript) and one status line above.
 */
export function TeamTables({ campaignId, canManage, members, invitations }: Props) {
  const t = useTranslations("team");
  const [removeState, removeAction, removing] = useActionState(removeCoOrganizerAction, initialFormState);
  const [cancelState, cancelAction, cancelling] = useActionState(cancelInvitationAction, initialFormState);
  return (
    <>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t("membersHeading")}</h2>
        <FormStatus state={removeState} testId="remove-status" />
        <table className={styles.table} data-testid="team-members">
          <thead>
            <tr>
              <th scope="col">{t("emailColumn")}</th>
              <th scope="col">{t("roleColumn")}</th>
              {canManage && <th scope="col">{t("actionColumn")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <th scope="row" className={styles.email}>
                  {member.email}
                </th>
                <td>{t(`roles.${member.role}`)}</td>
                {canManage && (
                  <td>
                    {member.role === "OWNER" ? (
                      <span className={styles.muted}>{t("ownerStays")}</span>
                    ) : (
                      <form action={removeAction}>
                        <input type="hidden" name="campaignId" value={campaignId} />
                        <input type="hidden" name="userId" value={member.userId} />
                        <button type="submit" className={`button button--secondary ${styles.rowButton}`} disabled={removing}>
                          {t.rich("remove", { email: member.email, hidden })}
                        </button>
                      </form>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t("invitationsHeading")}</h2>
        <FormStatus state={cancelState} testId="cancel-status" />
        {invitations.length === 0 ? (
          <p data-testid="no-invitations">{t("invitationsEmpty")}</p>
        ) : (
          <table className={styles.table} data-testid="team-invitations">
            <thead>
              <tr>
                <th scope="col">{t("emailColumn")}</th>
                <th scope="col">{t("sentColumn")}</th>
                {canManage && <th scope="col">{t("actionColumn")}</th>}
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row" className={styles.email}>
                    {invitation.email}
                  </th>
                  <td>
                    <time dateTime={invitation.sentAt}>{invitation.sentLabel}</time>
                  </td>
                  {canManage && (
                    <td>
                      <form action={cancelAction}>
                        <input type="hidden" name="campaignId" value={campaignId} />
                        <input type="hidden" name="invitationId" value={invitation.id} />
                        <button type="submit" className={`button button--secondary ${styles.rowButton}`} disabled={cancelling}>
                          {t.rich("cancel", { email: invitation.email, hidden })}
                        </button>
                      </form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
