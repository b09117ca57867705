import { describe, expect, it } from "vitest";
import { inReviewCampaign, liveCampaign, person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { unpublishCampaign } from "./unpublish-campaign";

const database = withTestDatabase();
const REASON = "It names a private person and repeats claims a court found false.";

describe("unpublishCampaign", () => {
  it("takes a live campaign down with the reason, records it and emails the owner", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const owner = await person(db, "USER", "owner");
    const campaign = await liveCampaign(db, { ownerId: owner.id, title: "Shame them" });

    expect(await unpublishCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id, reason: REASON })).toMatchObject({ ok: true });

    expect(await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({ status: "REJECTED", moderationReason: REASON });
    expect(await db.auditLog.findMany()).toMatchObject([
      { actorId: moderator.id, action: "campaign.unpublished", before: { status: "PUBLISHED" }, after: { status: "REJECTED", moderationReason: REASON } },
    ]);
    expect(await db.emailMessage.findMany()).toMatchObject([
      {
        toAddress: owner.email,
        payload: { template: "moderationEmail.unpublished", params: { title: "Shame them", reason: REASON }, path: `/dashboard/campaigns/${campaign.id}/edit` },
      },
    ]);
  });

  it("takes down a won or closed campaign too: its page is public", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    for (const status of ["WON", "CLOSED"] as const) {
      const campaign = await liveCampaign(db);
      await db.campaign.update({ where: { id: campaign.id }, data: { status } });
      expect(await unpublishCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id, reason: REASON })).toMatchObject({ ok: true });
      expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("REJECTED");
      expect(await db.auditLog.findFirst({ where: { campaignId: campaign.id } })).toMatchObject({ before: { status } });
    }
  });

  it("refuses without a reason, and for a campaign that is not live", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const live = await liveCampaign(db);
    const inReview = await inReviewCampaign(db);

    expect(await unpublishCampaign({ db, moderatorId: moderator.id, campaignId: live.id, reason: "short" })).toMatchObject({ ok: false, code: "REASON_INVALID" });
    expect(await unpublishCampaign({ db, moderatorId: moderator.id, campaignId: inReview.id, reason: REASON })).toEqual({ ok: false, code: "ALREADY_DECIDED" });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("PUBLISHED");
    expect((await db.campaign.findUniqueOrThrow({ where: { id: inReview.id } })).status).toBe("IN_REVIEW");
    expect(await db.auditLog.count()).toBe(0);
  });

  it("lets exactly one of two moderators unpublishing at once win", async () => {
    const { db } = database;
    const [first, second] = [await person(db, "MODERATOR"), await person(db, "MODERATOR")];
    const campaigns = await Promise.all(Array.from({ length: 5 }, () => liveCampaign(db)));

    const results = await Promise.all(
      campaigns.flatMap((campaign) => [
        unpublishCampaign({ db, moderatorId: first.id, campaignId: campaign.id, reason: REASON }),
        unpublishCampaign({ db, moderatorId: second.id, campaignId: campaign.id, reason: `${REASON} (second)` }),
      ]),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, code: "ALREADY_DECIDED" }));
    expect(await db.auditLog.count()).toBe(5);
    expect(await db.emailMessage.count()).toBe(5);
  });
});
