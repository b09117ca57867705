import { describe, expect, it } from "vitest";
import { draftCampaign, person, publishedCampaign } from "../../test/factories";
import { isStillPending, openTransaction } from "../../test/helpers/open-transaction";
import { withTestDatabase } from "../../test/helpers/test-database";
import { closeCampaign } from "./close-campaign";

const database = withTestDatabase();

describe("closeCampaign", () => {
  it("closes a live campaign with the time it ended and an audit row", async () => {
    const organizer = await person(database.db);
    const campaign = await publishedCampaign(database.db);
    const now = new Date("2026-12-01T10:00:00Z");
    expect(await closeCampaign({ db: database.db, campaignId: campaign.id, actorId: organizer.id, now })).toEqual({ ok: true, slug: campaign.slug });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: "CLOSED", endedAt: now });
    expect(await database.db.auditLog.findMany({ where: { campaignId: campaign.id } })).toEqual([
      expect.objectContaining({ actorId: organizer.id, action: "campaign.closed", before: { status: "PUBLISHED" }, after: { status: "CLOSED", endedAt: now.toISOString() } }),
    ]);
  });

  it("closes once when organizers close at the same moment", async () => {
    const [first, second] = [await person(database.db), await person(database.db)];
    const campaign = await publishedCampaign(database.db);
    // Eight at once, so that some read the row before any of them has changed it.
    const organizers = Array.from({ length: 8 }, (_, i) => (i % 2 ? first : second));
    const results = await Promise.all(organizers.map((organizer) => closeCampaign({ db: database.db, campaignId: campaign.id, actorId: organizer.id })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(7).fill({ ok: false, code: "NOT_OPEN" }));
    expect(await database.db.auditLog.count({ where: { campaignId: campaign.id, action: "campaign.closed" } })).toBe(1);
  });

  it("closes only a live campaign", async () => {
    const organizer = await person(database.db);
    const draft = await draftCampaign(database.db);
    expect(await closeCampaign({ db: database.db, campaignId: draft.id, actorId: organizer.id })).toEqual({ ok: false, code: "NOT_OPEN" });
    expect((await database.db.campaign.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    expect(await closeCampaign({ db: database.db, campaignId: "00000000-0000-4000-8000-000000000000", actorId: organizer.id })).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("does not apply over another close that changed the row first and commits while this one waits", async () => {
    const organizer = await person(database.db);
    const campaign = await publishedCampaign(database.db);
    const endedAt = new Date("2026-11-30T00:00:00Z");
    const other = await openTransaction(database.pool);
    await other.query(`UPDATE "Campaign" SET "status" = 'CLOSED', "endedAt" = $2 WHERE "id" = $1`, [campaign.id, endedAt]);
    const closing = closeCampaign({ db: database.db, campaignId: campaign.id, actorId: organizer.id });
    expect(await isStillPending(closing)).toBe(true);
    await other.commit();
    expect(await closing).toEqual({ ok: false, code: "NOT_OPEN" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: "CLOSED", endedAt });
    expect(await database.db.auditLog.count({ where: { campaignId: campaign.id } })).toBe(0);
  });
});
