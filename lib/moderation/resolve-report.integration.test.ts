import { describe, expect, it } from "vitest";
import { inReviewCampaign, liveCampaign, openReport, person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { resolveReport } from "./resolve-report";

const database = withTestDatabase();
const REASON = "The campaign asks people to harass a named neighbour.";

describe("resolveReport", () => {
  it("dismisses an open report: who and when are kept, the campaign stays live", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await liveCampaign(db);
    const report = await openReport(db, { campaignId: campaign.id });
    const now = new Date("2026-12-02T08:00:00Z");

    expect(await resolveReport({ db, moderatorId: moderator.id, reportId: report.id, outcome: "DISMISSED", now })).toMatchObject({
      ok: true,
      campaign: { id: campaign.id },
    });

    expect(await db.campaignReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "DISMISSED", handledById: moderator.id, handledAt: now });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("PUBLISHED");
    expect(await db.auditLog.findMany()).toMatchObject([
      { actorId: moderator.id, action: "report.dismissed", campaignId: campaign.id, subject: report.id, before: { status: "OPEN" }, after: { status: "DISMISSED" } },
    ]);
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("takes action without unpublishing", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await liveCampaign(db);
    const report = await openReport(db, { campaignId: campaign.id });

    expect(await resolveReport({ db, moderatorId: moderator.id, reportId: report.id, outcome: "ACTIONED" })).toMatchObject({ ok: true });
    expect((await db.campaignReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACTIONED");
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("PUBLISHED");
  });

  it("takes action and unpublishes the campaign in the same transaction, emailing the owner", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const owner = await person(db, "USER", "owner");
    const campaign = await liveCampaign(db, { ownerId: owner.id });
    const report = await openReport(db, { campaignId: campaign.id });

    const result = await resolveReport({ db, moderatorId: moderator.id, reportId: report.id, outcome: "ACTIONED", unpublishReason: REASON });

    expect(result).toMatchObject({ ok: true, campaign: { id: campaign.id } });
    expect((await db.campaignReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACTIONED");
    expect(await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: "REJECTED", moderationReason: REASON });
    expect((await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).map((row) => row.action).sort()).toEqual(["campaign.unpublished", "report.actioned"]);
    expect(await db.emailMessage.findMany()).toMatchObject([{ toAddress: owner.email, payload: { template: "moderationEmail.unpublished" } }]);
  });

  it("keeps the report open when its campaign cannot be unpublished (no longer live): nothing changes", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await inReviewCampaign(db);
    const report = await openReport(db, { campaignId: campaign.id });

    expect(await resolveReport({ db, moderatorId: moderator.id, reportId: report.id, outcome: "ACTIONED", unpublishReason: REASON })).toEqual({
      ok: false,
      code: "CAMPAIGN_NOT_LIVE",
    });
    expect(await db.campaignReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: "OPEN", handledById: null });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses an unpublish reason that is too short", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await liveCampaign(db);
    const report = await openReport(db, { campaignId: campaign.id });
    expect(await resolveReport({ db, moderatorId: moderator.id, reportId: report.id, outcome: "ACTIONED", unpublishReason: "bad" })).toMatchObject({
      ok: false,
      code: "REASON_INVALID",
    });
    expect((await db.campaignReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("OPEN");
  });

  it("lets exactly one of two moderators resolving a report at once win", async () => {
    const { db } = database;
    const [first, second] = [await person(db, "MODERATOR"), await person(db, "MODERATOR")];
    const campaign = await liveCampaign(db);
    const reports = await Promise.all(Array.from({ length: 5 }, () => openReport(db, { campaignId: campaign.id })));

    const results = await Promise.all(
      reports.flatMap((report) => [
        resolveReport({ db, moderatorId: first.id, reportId: report.id, outcome: "DISMISSED" }),
        resolveReport({ db, moderatorId: second.id, reportId: report.id, outcome: "ACTIONED" }),
      ]),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, code: "ALREADY_DECIDED" }));
    expect(await db.auditLog.count()).toBe(5);
    expect(await resolveReport({ db, moderatorId: first.id, reportId: "00000000-0000-4000-8000-000000000000", outcome: "DISMISSED" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
