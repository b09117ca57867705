import { describe, expect, it } from "vitest";
import { inReviewCampaign, person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { approveCampaign } from "./approve-campaign";
import { rejectCampaign } from "./reject-campaign";

const database = withTestDatabase();
const REASON = "  The target is a private person; please address a public office instead.  ";

describe("rejectCampaign", () => {
  it("rejects a campaign in review with the reason, records it and emails the owner the reason and a link to edit", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const owner = await person(db, "USER", "owner");
    const campaign = await inReviewCampaign(db, { ownerId: owner.id, title: "Name and shame" });

    const result = await rejectCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id, reason: REASON });

    expect(result).toMatchObject({ ok: true });
    const after = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(after).toMatchObject({ status: "REJECTED", moderationReason: REASON.trim(), publishedAt: null });
    expect(await db.auditLog.findMany()).toMatchObject([
      { actorId: moderator.id, action: "campaign.rejected", campaignId: campaign.id, before: { status: "IN_REVIEW" }, after: { status: "REJECTED", moderationReason: REASON.trim() } },
    ]);
    expect(await db.emailMessage.findMany()).toMatchObject([
      {
        toAddress: owner.email,
        payload: {
          template: "moderationEmail.rejected",
          params: { title: "Name and shame", reason: REASON.trim() },
          path: `/dashboard/campaigns/${campaign.id}/edit`,
        },
      },
    ]);
  });

  it.each([
    ["empty", ""],
    ["blank", "          "],
    ["nine characters", "Too short"],
    ["2001 characters", "x".repeat(2001)],
  ])("refuses a reason that is %s and changes nothing", async (_label, reason) => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await inReviewCampaign(db);

    expect(await rejectCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id, reason })).toEqual({
      ok: false,
      code: "REASON_INVALID",
      field: "reason",
    });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("IN_REVIEW");
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("accepts exactly 10 and 2000 characters", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    for (const reason of ["x".repeat(10), "y".repeat(2000)]) {
      const campaign = await inReviewCampaign(db);
      expect(await rejectCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id, reason })).toMatchObject({ ok: true });
    }
  });

  it("when one moderator approves and another rejects at once, exactly one decision stands", async () => {
    const { db } = database;
    const [first, second] = [await person(db, "MODERATOR"), await person(db, "MODERATOR")];
    const campaigns = await Promise.all(Array.from({ length: 5 }, () => inReviewCampaign(db)));

    const results = await Promise.all(
      campaigns.flatMap((campaign) => [
        approveCampaign({ db, moderatorId: first.id, campaignId: campaign.id }),
        rejectCampaign({ db, moderatorId: second.id, campaignId: campaign.id, reason: REASON }),
      ]),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, code: "ALREADY_DECIDED" }));
    for (const campaign of campaigns) {
      const decisions = await db.auditLog.findMany({ where: { campaignId: campaign.id } });
      const status = (await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status;
      expect(decisions).toHaveLength(1);
      expect(decisions[0]!.action).toBe(status === "PUBLISHED" ? "campaign.approved" : "campaign.rejected");
    }
    expect(await db.emailMessage.count()).toBe(5);
  });
});
