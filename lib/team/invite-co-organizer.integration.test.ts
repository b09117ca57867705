import { describe, expect, it } from "vitest";
import { campaignWithTeam, person } from "../../test/team-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { decideAccess } from "../auth/access";
import { completeSignIn } from "../auth/complete-sign-in";
import type { Person } from "../auth/person";
import { inviteCoOrganizer } from "./invite-co-organizer";

const database = withTestDatabase();

describe("inviteCoOrganizer", () => {
  it("records the invitation, queues the email in the inviter's language with a sign-in link back to the campaign, and audits", async () => {
    const { db } = database;
    const { campaign, owner } = await campaignWithTeam(db);

    const result = await inviteCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, email: "  New.Person@Example.org ", locale: "ko" });

    expect(result).toMatchObject({ ok: true, email: "new.person@example.org" });
    const invitation = await db.campaignInvitation.findFirstOrThrow({ where: { campaignId: campaign.id } });
    expect(invitation).toMatchObject({ email: "new.person@example.org", invitedById: owner.id, acceptedAt: null });
    const email = await db.emailMessage.findFirstOrThrow({ where: { toAddress: "new.person@example.org" } });
    expect(email.locale).toBe("ko");
    expect(email.payload).toEqual({
      kind: "notice",
      template: "teamEmail.invited",
      params: { title: campaign.title, inviter: owner.email },
      path: `/sign-in?callbackUrl=%2Fdashboard%2Fcampaigns%2F${campaign.id}`,
    });
    const audit = await db.auditLog.findMany({ where: { campaignId: campaign.id } });
    expect(audit).toMatchObject([{ actorId: owner.id, action: "team.invited", subject: "new.person@example.org" }]);
  });

  it("refuses a co-organizer, and anyone off the team, and writes nothing", async () => {
    const { db } = database;
    const { campaign, organizers } = await campaignWithTeam(db, { coOrganizers: 1 });
    const stranger = await person(db);

    for (const actor of [organizers[0]!, stranger]) {
      expect(await inviteCoOrganizer({ db, campaignId: campaign.id, actorId: actor.id, email: "x@example.org", locale: "en" })).toEqual({
        ok: false,
        code: "NOT_OWNER",
      });
    }
    expect(await db.campaignInvitation.count()).toBe(0);
    expect(await db.emailMessage.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("says so when the address is already on the team or already invited, and sends nothing more", async () => {
    const { db } = database;
    const { campaign, owner, organizers } = await campaignWithTeam(db, { coOrganizers: 1 });
    const invite = (email: string) => inviteCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, email, locale: "en" });

    expect(await invite(organizers[0]!.email.toUpperCase())).toEqual({ ok: false, code: "ALREADY_MEMBER" });
    expect(await invite(owner.email)).toEqual({ ok: false, code: "ALREADY_MEMBER" });
    expect((await invite("twice@example.org")).ok).toBe(true);
    expect(await invite("Twice@example.org")).toEqual({ ok: false, code: "ALREADY_INVITED" });
    expect(await db.emailMessage.count()).toBe(1);
  });

  it("an invitation accepted on sign-in gives organizer rights on that campaign only, not owner rights", async () => {
    const { db } = database;
    const { campaign, owner } = await campaignWithTeam(db);
    const { campaign: other } = await campaignWithTeam(db);
    await inviteCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, email: "invitee@example.org", locale: "en" });
    const invitee = await person(db, "invitee@example.org");
    const asPerson: Person = { id: invitee.id, email: invitee.email, role: "USER", trusted: false };
    const membershipOn = (campaignId: string) =>
      db.campaignMember.findUnique({ where: { campaignId_userId: { campaignId, userId: invitee.id } }, select: { role: true } });

    expect(decideAccess("campaignOrganizer", asPerson, await membershipOn(campaign.id))).toBe("notFound");
    await completeSignIn({ db, userId: invitee.id, email: "Invitee@Example.org", adminEmails: [] });

    expect(decideAccess("campaignOrganizer", asPerson, await membershipOn(campaign.id))).toBe("allowed");
    expect(decideAccess("campaignOwner", asPerson, await membershipOn(campaign.id))).toBe("forbidden");
    expect(decideAccess("campaignOrganizer", asPerson, await membershipOn(other.id))).toBe("notFound");
    expect(await db.campaignInvitation.findFirst({ where: { email: "invitee@example.org" } })).toMatchObject({ acceptedAt: expect.any(Date) });
    // Now a co-organizer: still cannot invite.
    expect(await inviteCoOrganizer({ db, campaignId: campaign.id, actorId: invitee.id, email: "y@example.org", locale: "en" })).toEqual({
      ok: false,
      code: "NOT_OWNER",
    });
  });
});
