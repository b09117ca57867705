import "server-only";
import type { Db } from "../db";

export type TeamMember = { userId: string; email: string; role: "OWNER" | "ORGANIZER"; since: Date };
export type PendingInvitation = { id: string; email: string; sentAt: Date };

/** A campaign's team for its organizers: the owner first, then co-organizers, and invitations not yet accepted. */
export async function listTeam({ db, campaignId }: { db: Db; campaignId: string }): Promise<{ members: TeamMember[]; invitations: PendingInvitation[] }> {
  const [members, invitations] = await Promise.all([
    db.campaignMember.findMany({
      where: { campaignId },
      select: { userId: true, role: true, createdAt: true, user: { select: { email: true } } },
      // OWNER sorts before ORGANIZER in the enum's order.
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    db.campaignInvitation.findMany({
      where: { campaignId, acceptedAt: null },
      select: { id: true, email: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    members: members.map((member) => ({ userId: member.userId, email: member.user.email, role: member.role, since: member.createdAt })),
    invitations: invitations.map((invitation) => ({ id: invitation.id, email: invitation.email, sentAt: invitation.createdAt })),
  };
}
