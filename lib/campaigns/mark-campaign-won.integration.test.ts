import { describe, expect, it } from "vitest";
import { closedCampaign, draftCampaign, person, publishedCampaign } from "../../test/factories";
import { isStillPending, openTransaction } from "../../test/helpers/open-transaction";
import { withTestDatabase } from "../../test/helpers/test-database";
import { markCampaignWon } from "./mark-campaign-won";

const database = withTestDatabase();
const victoryMessage = "We **won**! The council voted to keep the park open.";

describe("markCampaignWon", () => {
  it("marks a live campaign won with its victory message and an audit row", async () => {
    const organizer = await person(database.db);
    const campaign = await publishedCampaign(database.db);
    const now = new Date("2026-12-01T10:00:00Z");
    expect(await markCampaignWon({ db: database.db, campaignId: campaign.id, actorId: organizer.id, victoryMessage: `  ${victoryMessage}\r\n`, now })).toEqual({ ok: true, slug: campaign.slug });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: "WON", victoryMessage, endedAt: now });
    expect(await database.db.auditLog.findMany({ where: { campaignId: campaign.id } })).toEqual([
      expect.objectContaining({ actorId: organizer.id, action: "campaign.won", before: { status: "PUBLISHED" }, after: { status: "WON", victoryMessage } }),
    ]);
  });

  it("marks a closed campaign won, keeping when it ended", async () => {
    const organizer = await person(database.db);
    const campaign = await closedCampaign(database.db);
    const endedAt = new Date("2026-11-01T10:00:00Z");
    await database.db.campaign.update({ where: { id: campaign.id }, data: { endedAt } });
    expect(await markCampaignWon({ db: database.db, campaignId: campaign.id, actorId: organizer.id, victoryMessage })).toMatchObject({ ok: true });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: "WON", endedAt });
  });

  it("needs a victory message", async () => {
    const organizer = await person(database.db);
    const campaign = await publishedCampaign(database.db);
    for (const message of ["", "   ", "Won."]) {
      expect(await markCampaignWon({ db: database.db, campaignId: campaign.id, actorId: organizer.id, victoryMessage: message })).toEqual({ ok: false, code: "VICTORY_MESSAGE_INVALID" });
    }
    expect((await database.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("PUBLISHED");
  });

  it("applies once when marked won several times at the same moment, and never from a draft", async () => {
    const organizer = await person(database.db);
    const campaign = await publishedCampaign(database.db);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, n) => markCampaignWon({ db: database.db, campaignId: campaign.id, actorId: organizer.id, victoryMessage: `${victoryMessage} (${n})` })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(7).fill({ ok: false, code: "NOT_WINNABLE" }));
    expect(await database.db.auditLog.count({ where: { campaignId: campaign.id, action: "campaign.won" } })).toBe(1);

    const draft = await draftCampaign(database.db);
    expect(await markCampaignWon({ db: database.db, campaignId: draft.id, actorId: organizer.id, victoryMessage })).toEqual({ ok: false, code: "NOT_WINNABLE" });
  });

  it("does not apply over another that marked it won first and commits while this one waits", async () => {
    const organizer = await person(database.db);
    const campaign = await publishedCampaign(database.db);
    const other = await openTransaction(database.pool);
    await other.query(`UPDATE "Campaign" SET "status" = 'WON', "victoryMessage" = 'The first message.' WHERE "id" = $1`, [campaign.id]);
    const marking = markCampaignWon({ db: database.db, campaignId: campaign.id, actorId: organizer.id, victoryMessage });
    expect(await isStillPending(marking)).toBe(true);
    await other.commit();
    expect(await marking).toEqual({ ok: false, code: "NOT_WINNABLE" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ victoryMessage: "The first message." });
  });
});
