import type { Db } from "../db";
import { recordAudit } from "../audit/record-audit";

type CompleteSignInOptions = { db: Db; userId: string; email: string; adminEmails: readonly string[] };

/**
 * Runs each time someone proves their mailbox by a sign-in link: addresses listed in
 * ADMIN_EMAILS become admins, and invitations to co-organize sent to this address become
 * memberships (the link is the proof that the invitee reads that mailbox).
 */
export async function completeSignIn({ db, userId, email, adminEmails }: CompleteSignInOptions): Promise<void> {
  const address = email.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    if (adminEmails.includes(address)) {
      const promoted = await tx.user.updateMany({ where: { id: userId, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
      if (promoted.count > 0) {
        await recordAudit(tx, { actorId: null, action: "user.admin_from_config", subject: userId, after: { role: "ADMIN" } });
      }
    }
    const invitations = await tx.campaignInvitation.findMany({ where: { email: address, acceptedAt: null } });
    for (const invitation of invitations) {
      await tx.campaignMember.createMany({
        data: [{ campaignId: invitation.campaignId, userId, role: "ORGANIZER" }],
        skipDuplicates: true,
      });
      await tx.campaignInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
      await recordAudit(tx, { actorId: userId, action: "team.invitation_accepted", campaignId: invitation.campaignId, subject: address });
    }
  });
}
