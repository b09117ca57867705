import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { memberRole } from "./member-role";

type RemoveCoOrganizerOptions = { db: Db; campaignId: string; actorId: string; userId: string };

export type RemoveCoOrganizerResult =
  | { ok: true; email: string }
  | { ok: false; code: "NOT_OWNER" | "CANNOT_REMOVE_OWNER" | "MEMBER_NOT_FOUND" };

/**
 * The owner takes a co-organizer off the team: their rights on the campaign end with the
 * commit (every request reads the membership). The owner's own place cannot be removed,
 * by anyone: the delete itself only matches co-organizers.
 */
export async function removeCoOrganizer({ db, campaignId, actorId, userId }: RemoveCoOrganizerOptions): Promise<RemoveCoOrganizerResult> {
  return db.$transaction(async (tx): Promise<RemoveCoOrganizerResult> => {
    if ((await memberRole(tx, campaignId, actorId)) !== "OWNER") return { ok: false, code: "NOT_OWNER" };
    const member = await tx.campaignMember.findUnique({
      where: { campaignId_userId: { campaignId, userId } },
      select: { role: true, user: { select: { email: true } } },
    });
    if (!member) return { ok: false, code: "MEMBER_NOT_FOUND" };
    if (member.role === "OWNER") return { ok: false, code: "CANNOT_REMOVE_OWNER" };

    const removed = await tx.campaignMember.deleteMany({ where: { campaignId, userId, role: "ORGANIZER" } });
    if (removed.count === 0) return { ok: false, code: "CANNOT_REMOVE_OWNER" };
    // The accepted invitation goes too, so the owner can invite the address again later.
    await tx.campaignInvitation.deleteMany({ where: { campaignId, email: member.user.email } });
    await recordAudit(tx, { actorId, action: "team.removed", campaignId, subject: member.user.email, before: { role: member.role } });
    return { ok: true, email: member.user.email };
  });
}
