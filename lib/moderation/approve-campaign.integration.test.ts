import { describe, expect, it } from "vitest";
import { inReviewCampaign, person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { approveCampaign } from "./approve-campaign";

const database = withTestDatabase();

describe("approveCampaign", () => {
  it("publishes a campaign in review, records who did it and emails the owner a link to it", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const owner = await person(db, "USER", "owner");
    const campaign = await inReviewCampaign(db, { ownerId: owner.id, title: "Clean the river" });
    const now = new Date("2026-12-01T10:00:00Z");

    const result = await approveCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id, now });

    expect(result).toEqual({ ok: true, campaign: { id: campaign.id, slug: campaign.slug, title: "Clean the river" } });
    const after = await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(after.status).toBe("PUBLISHED");
    expect(after.publishedAt).toEqual(now);
    const audit = await db.auditLog.findMany({ where: { campaignId: campaign.id } });
    expect(audit).toMatchObject([
      { actorId: moderator.id, action: "campaign.approved", before: { status: "IN_REVIEW" }, after: { status: "PUBLISHED", publishedAt: now.toISOString() } },
    ]);
    const emails = await db.emailMessage.findMany();
    expect(emails).toMatchObject([
      {
        toAddress: owner.email,
        locale: "en",
        kind: "notice",
        payload: { kind: "notice", template: "moderationEmail.approved", params: { title: "Clean the river" }, path: `/c/${campaign.slug}` },
      },
    ]);
  });

  it("lets exactly one of two moderators approving at once win; the other is told it was already decided", async () => {
    const { db } = database;
    const [first, second] = [await person(db, "MODERATOR"), await person(db, "MODERATOR")];
    // Several pairs, so a lost race cannot hide behind one lucky ordering.
    const campaigns = await Promise.all(Array.from({ length: 5 }, () => inReviewCampaign(db)));

    const results = await Promise.all(
      campaigns.flatMap((campaign) => [
        approveCampaign({ db, moderatorId: first.id, campaignId: campaign.id }),
        approveCampaign({ db, moderatorId: second.id, campaignId: campaign.id }),
      ]),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, code: "ALREADY_DECIDED" }));
    expect(await db.auditLog.count({ where: { action: "campaign.approved" } })).toBe(5);
    expect(await db.emailMessage.count()).toBe(5);
  });

  it("changes nothing for a campaign that is not in review, or that does not exist", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await inReviewCampaign(db);
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "DRAFT" } });

    expect(await approveCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id })).toEqual({ ok: false, code: "ALREADY_DECIDED" });
    expect(await approveCampaign({ db, moderatorId: moderator.id, campaignId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe("DRAFT");
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.emailMessage.count()).toBe(0);
  });

  it("writes to the owner in the campaign's language and clears an earlier rejection's reason", async () => {
    const { db } = database;
    const moderator = await person(db, "MODERATOR");
    const campaign = await inReviewCampaign(db, { language: "ko" });
    await db.campaign.update({ where: { id: campaign.id }, data: { moderationReason: "Please name the target." } });

    await approveCampaign({ db, moderatorId: moderator.id, campaignId: campaign.id });

    expect((await db.emailMessage.findFirstOrThrow()).locale).toBe("ko");
    expect((await db.campaign.findUniqueOrThrow({ where: { id: campaign.id } })).moderationReason).toBeNull();
  });
});
