import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { memberRole } from "./member-role";

type CancelInvitationOptions = { db: Db; campaignId: string; actorId: string; invitationId: string };

export type CancelInvitationResult = { ok: true; email: string } | { ok: false; code: "NOT_OWNER" | "INVITATION_NOT_FOUND" };

/**
 * The owner withdraws an invitation nobody has accepted yet. The email may already be in
 * the invitee's inbox: its link then only signs them in, with no rights on the campaign.
 */
export async function cancelInvitation({ db, campaignId, actorId, invitationId }: CancelInvitationOptions): Promise<CancelInvitationResult> {
  return db.$transaction(async (tx): Promise<CancelInvitationResult> => {
    if ((await memberRole(tx, campaignId, actorId)) !== "OWNER") return { ok: false, code: "NOT_OWNER" };
    const invitation = await tx.campaignInvitation.findFirst({
      where: { id: invitationId, campaignId, acceptedAt: null },
      select: { email: true },
    });
    if (!invitation) return { ok: false, code: "INVITATION_NOT_FOUND" };
    // Only if still unaccepted at delete time: a sign-in may have accepted it meanwhile.
    const deleted = await tx.campaignInvitation.deleteMany({ where: { id: invitationId, campaignId, acceptedAt: null } });
    if (deleted.count === 0) return { ok: false, code: "INVITATION_NOT_FOUND" };
    await recordAudit(tx, { actorId, action: "team.invitation_cancelled", campaignId, subject: invitation.email });
    return { ok: true, email: invitation.email };
  });
}
