import { describe, expect, it } from "vitest";
import { liveCampaign, person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { AUDIT_ENTRIES_PER_PAGE, listAuditLog } from "./list-audit-log";
import { listUsers } from "./list-users";
import { resolveAuditFilter } from "./resolve-audit-filter";

const database = withTestDatabase();

describe("what admins see", () => {
  it("users, newest first, searchable by part of the email in any case", async () => {
    const { db } = database;
    const old = await db.user.create({ data: { email: "ann@old.example", createdAt: new Date("2026-01-01T00:00:00Z") } });
    const fresh = await db.user.create({ data: { email: "bo@new.example", role: "MODERATOR", trusted: true } });

    expect((await listUsers({ db })).users.map((user) => user.id)).toEqual([fresh.id, old.id]);
    const found = await listUsers({ db, emailContains: " NEW.Example " });
    expect(found).toMatchObject({ total: 1, pages: 1, users: [{ id: fresh.id, email: "bo@new.example", role: "MODERATOR", trusted: true }] });
  });

  it("the audit log, newest first, 50 to a page, filtered by campaign or by actor", async () => {
    const { db } = database;
    const [alice, bob] = [await person(db, "MODERATOR"), await person(db, "MODERATOR")];
    const campaign = await liveCampaign(db);
    const start = Date.now() - 100_000;
    await db.auditLog.createMany({
      data: Array.from({ length: 55 }, (_, index) => ({
        actorId: alice.id,
        action: "campaign.approved",
        campaignId: campaign.id,
        after: { index },
        createdAt: new Date(start + index * 1000),
      })),
    });
    await db.auditLog.create({ data: { actorId: bob.id, action: "user.role_changed", subject: "x@example.org", before: { role: "USER" }, after: { role: "ADMIN" } } });

    const first = await listAuditLog({ db });
    expect(first.total).toBe(56);
    expect(first.pages).toBe(2);
    expect(first.entries).toHaveLength(AUDIT_ENTRIES_PER_PAGE);
    expect(first.entries[0]).toMatchObject({ action: "user.role_changed", actor: { email: bob.email }, campaign: null });
    expect(first.entries[1]).toMatchObject({ after: { index: 54 }, campaign: { id: campaign.id, title: campaign.title } });
    const second = await listAuditLog({ db, page: 2 });
    expect(second.entries.map((entry) => entry.after)).toEqual([5, 4, 3, 2, 1, 0].map((index) => ({ index })));

    expect((await listAuditLog({ db, actorId: bob.id })).total).toBe(1);
    expect((await listAuditLog({ db, campaignId: campaign.id })).total).toBe(55);
    expect((await listAuditLog({ db, campaignId: campaign.id, actorId: bob.id })).total).toBe(0);
  });

  it("audit filters: a campaign by address, slug or id and a person by email become ids", async () => {
    const { db } = database;
    const alice = await person(db, "MODERATOR");
    const campaign = await liveCampaign(db);
    const both = { ok: true, campaignId: campaign.id, actorId: alice.id };
    expect(await resolveAuditFilter({ db, campaign: campaign.slug, actorEmail: alice.email.toUpperCase() })).toEqual(both);
    expect(await resolveAuditFilter({ db, campaign: `https://chorus.example/c/${campaign.slug}?ref=x`, actorEmail: alice.email })).toEqual(both);
    expect(await resolveAuditFilter({ db, campaign: campaign.id, actorEmail: alice.email })).toEqual(both);
    expect(await resolveAuditFilter({ db, campaign: "", actorEmail: "" })).toEqual({ ok: true, campaignId: null, actorId: null });
    expect(await resolveAuditFilter({ db, campaign: "no-such-campaign" })).toEqual({ ok: false, code: "CAMPAIGN_NOT_FOUND", field: "campaign" });
    expect(await resolveAuditFilter({ db, actorEmail: "nobody@example.org" })).toEqual({ ok: false, code: "ACTOR_NOT_FOUND", field: "actor" });
  });
});
