import { describe, expect, it } from "vitest";
import { campaignWithTeam, person } from "../../test/team-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { completeSignIn } from "../auth/complete-sign-in";
import { cancelInvitation } from "./cancel-invitation";
import { inviteCoOrganizer } from "./invite-co-organizer";

const database = withTestDatabase();

async function invited(email = "invitee@example.org") {
  const { db } = database;
  const team = await campaignWithTeam(db, { coOrganizers: 1 });
  const result = await inviteCoOrganizer({ db, campaignId: team.campaign.id, actorId: team.owner.id, email, locale: "en" });
  if (!result.ok) throw new Error(result.code);
  return { ...team, invitationId: result.invitationId };
}

describe("cancelInvitation", () => {
  it("withdraws the invitation: signing in with that address later gives no rights; audited", async () => {
    const { db } = database;
    const { campaign, owner, invitationId } = await invited();

    expect(await cancelInvitation({ db, campaignId: campaign.id, actorId: owner.id, invitationId })).toEqual({ ok: true, email: "invitee@example.org" });

    const invitee = await person(db, "invitee@example.org");
    await completeSignIn({ db, userId: invitee.id, email: invitee.email, adminEmails: [] });
    expect(await db.campaignMember.count({ where: { userId: invitee.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "team.invitation_cancelled" } })).toMatchObject({
      actorId: owner.id,
      campaignId: campaign.id,
      subject: "invitee@example.org",
    });
  });

  it("refuses a co-organizer, and an invitation of another campaign", async () => {
    const { db } = database;
    const { campaign, organizers, invitationId } = await invited();
    const { campaign: mine, owner: otherOwner } = await campaignWithTeam(db);

    expect(await cancelInvitation({ db, campaignId: campaign.id, actorId: organizers[0]!.id, invitationId })).toEqual({ ok: false, code: "NOT_OWNER" });
    expect(await cancelInvitation({ db, campaignId: mine.id, actorId: otherOwner.id, invitationId })).toEqual({ ok: false, code: "INVITATION_NOT_FOUND" });
    expect(await db.campaignInvitation.count({ where: { id: invitationId } })).toBe(1);
  });

  it("an invitation already accepted is a membership now, not something to cancel", async () => {
    const { db } = database;
    const { campaign, owner, invitationId } = await invited();
    const invitee = await person(db, "invitee@example.org");
    await completeSignIn({ db, userId: invitee.id, email: invitee.email, adminEmails: [] });

    expect(await cancelInvitation({ db, campaignId: campaign.id, actorId: owner.id, invitationId })).toEqual({ ok: false, code: "INVITATION_NOT_FOUND" });
    expect(await db.campaignMember.count({ where: { userId: invitee.id } })).toBe(1);
  });
});
