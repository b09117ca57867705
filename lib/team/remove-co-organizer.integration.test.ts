import { describe, expect, it } from "vitest";
import { campaignWithTeam, person } from "../../test/team-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { completeSignIn } from "../auth/complete-sign-in";
import { inviteCoOrganizer } from "./invite-co-organizer";
import { removeCoOrganizer } from "./remove-co-organizer";

const database = withTestDatabase();
const roles = (campaignId: string) =>
  database.db.campaignMember.findMany({ where: { campaignId }, select: { userId: true, role: true }, orderBy: { role: "asc" } });

describe("removeCoOrganizer", () => {
  it("takes a co-organizer off the team and audits it; the address can be invited again", async () => {
    const { db } = database;
    const { campaign, owner } = await campaignWithTeam(db);
    await inviteCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, email: "helper@example.org", locale: "en" });
    const helper = await person(db, "helper@example.org");
    await completeSignIn({ db, userId: helper.id, email: helper.email, adminEmails: [] });

    expect(await removeCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, userId: helper.id })).toEqual({ ok: true, email: "helper@example.org" });

    expect(await roles(campaign.id)).toEqual([{ userId: owner.id, role: "OWNER" }]);
    expect(await db.auditLog.findFirst({ where: { action: "team.removed" } })).toMatchObject({
      actorId: owner.id,
      campaignId: campaign.id,
      subject: "helper@example.org",
      before: { role: "ORGANIZER" },
    });
    // Signing in again does not bring them back; a new invitation does.
    await completeSignIn({ db, userId: helper.id, email: helper.email, adminEmails: [] });
    expect(await roles(campaign.id)).toHaveLength(1);
    expect((await inviteCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, email: helper.email, locale: "en" })).ok).toBe(true);
  });

  it("nobody removes the owner: not the owner, not a co-organizer", async () => {
    const { db } = database;
    const { campaign, owner, organizers } = await campaignWithTeam(db, { coOrganizers: 1 });

    expect(await removeCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, userId: owner.id })).toEqual({ ok: false, code: "CANNOT_REMOVE_OWNER" });
    expect(await removeCoOrganizer({ db, campaignId: campaign.id, actorId: organizers[0]!.id, userId: owner.id })).toEqual({ ok: false, code: "NOT_OWNER" });

    expect(await roles(campaign.id)).toEqual([
      { userId: owner.id, role: "OWNER" },
      { userId: organizers[0]!.id, role: "ORGANIZER" },
    ]);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("a co-organizer cannot remove another co-organizer, nor can someone off the team", async () => {
    const { db } = database;
    const { campaign, organizers } = await campaignWithTeam(db, { coOrganizers: 2 });
    const stranger = await person(db);

    expect(await removeCoOrganizer({ db, campaignId: campaign.id, actorId: organizers[0]!.id, userId: organizers[1]!.id })).toEqual({ ok: false, code: "NOT_OWNER" });
    expect(await removeCoOrganizer({ db, campaignId: campaign.id, actorId: stranger.id, userId: organizers[1]!.id })).toEqual({ ok: false, code: "NOT_OWNER" });
    expect(await roles(campaign.id)).toHaveLength(3);
  });

  it("an owner cannot remove a member of another campaign through their own", async () => {
    const { db } = database;
    const { campaign, owner } = await campaignWithTeam(db);
    const { organizers } = await campaignWithTeam(db, { coOrganizers: 1 });

    expect(await removeCoOrganizer({ db, campaignId: campaign.id, actorId: owner.id, userId: organizers[0]!.id })).toEqual({ ok: false, code: "MEMBER_NOT_FOUND" });
    expect(await db.campaignMember.count({ where: { userId: organizers[0]!.id } })).toBe(1);
  });
});
