import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { notifyOutbox } from "../email/outbox-signal";
import type { Locale } from "../i18n/locales";
import { normalizeEmail } from "../signatures/signature-input";
import { memberRole } from "./member-role";
import { invitationPath } from "../campaigns/organizer-paths";

type InviteCoOrganizerOptions = {
  db: Db;
  campaignId: string;
  /** Who invites: must be the campaign's owner. */
  actorId: string;
  email: string;
  /** The language of the invitation email (the inviter's: they know the person). */
  locale: Locale;
};

export type InviteCoOrganizerResult =
  | { ok: true; invitationId: string; email: string }
  | { ok: false; code: "NOT_OWNER" | "ALREADY_MEMBER" | "ALREADY_INVITED" };

/**
 * The owner invites someone by email to co-organize. The invitation becomes a membership
 * when that address signs in (completeSignIn): the sign-in link proves the mailbox, so no
 * account needs to exist yet. The email goes out through the outbox in the same transaction.
 */
export async function inviteCoOrganizer({ db, campaignId, actorId, email, locale }: InviteCoOrganizerOptions): Promise<InviteCoOrganizerResult> {
  const address = normalizeEmail(email);
  const result = await db.$transaction(async (tx): Promise<InviteCoOrganizerResult> => {
    if ((await memberRole(tx, campaignId, actorId)) !== "OWNER") return { ok: false, code: "NOT_OWNER" };
    const member = await tx.campaignMember.findFirst({ where: { campaignId, user: { email: address } }, select: { userId: true } });
    if (member) return { ok: false, code: "ALREADY_MEMBER" };
    // An accepted invitation whose member was removed since: this is a new invitation.
    await tx.campaignInvitation.deleteMany({ where: { campaignId, email: address, acceptedAt: { not: null } } });

    const id = randomUUID();
    const created = await tx.campaignInvitation.createMany({
      data: [{ id, campaignId, email: address, invitedById: actorId }],
      skipDuplicates: true,
    });
    if (created.count === 0) return { ok: false, code: "ALREADY_INVITED" };

    const [campaign, inviter] = await Promise.all([
      tx.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { title: true } }),
      tx.user.findUniqueOrThrow({ where: { id: actorId }, select: { email: true } }),
    ]);
    await enqueueEmail({
      tx,
      idempotencyKey: `team-invitation:${id}`,
      to: address,
      locale,
      payload: { kind: "notice", template: "teamEmail.invited", params: { title: campaign.title, inviter: inviter.email }, path: invitationPath(campaignId) },
    });
    await recordAudit(tx, { actorId, action: "team.invited", campaignId, subject: address });
    return { ok: true, invitationId: id, email: address };
  });
  if (result.ok) notifyOutbox();
  return result;
}
