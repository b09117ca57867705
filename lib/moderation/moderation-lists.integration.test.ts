import { describe, expect, it } from "vitest";
import { inReviewCampaign, liveCampaign, openReport, person } from "../../test/moderation-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { getCampaignPreview } from "./get-campaign-preview";
import { listLiveCampaigns } from "./list-live-campaigns";
import { listModerationQueue } from "./list-moderation-queue";
import { listOpenReports } from "./list-open-reports";

const database = withTestDatabase();

describe("what moderators see", () => {
  it("the queue: campaigns in review only, the longest-waiting first, with the organizer's email", async () => {
    const { db } = database;
    const owner = await person(db, "USER", "owner");
    const newer = await inReviewCampaign(db, { ownerId: owner.id, title: "Newer", submittedAt: new Date("2026-12-02T00:00:00Z") });
    const older = await inReviewCampaign(db, { title: "Older", submittedAt: new Date("2026-12-01T00:00:00Z") });
    await liveCampaign(db, { title: "Live" });

    const queue = await listModerationQueue({ db });

    expect(queue.map((campaign) => campaign.title)).toEqual(["Older", "Newer"]);
    expect(queue[1]).toMatchObject({ id: newer.id, ownerEmail: owner.email, submittedAt: new Date("2026-12-02T00:00:00Z") });
    expect(queue[0]!.id).toBe(older.id);
  });

  it("open reports, oldest first, with the reporter's email and the campaign's status", async () => {
    const { db } = database;
    const campaign = await liveCampaign(db, { title: "Reported" });
    const second = await openReport(db, { campaignId: campaign.id, createdAt: new Date("2026-12-02T00:00:00Z"), reporterEmail: null });
    const first = await openReport(db, { campaignId: campaign.id, createdAt: new Date("2026-12-01T00:00:00Z") });
    const handled = await openReport(db, { campaignId: campaign.id });
    await db.campaignReport.update({ where: { id: handled.id }, data: { status: "DISMISSED" } });

    const reports = await listOpenReports({ db });

    expect(reports.map((report) => report.id)).toEqual([first.id, second.id]);
    expect(reports[0]).toMatchObject({ reporterEmail: first.reporterEmail, campaign: { title: "Reported", status: "PUBLISHED" } });
    expect(reports[1]!.reporterEmail).toBeNull();
  });

  it("live campaigns, the most recently published first", async () => {
    const { db } = database;
    const earlier = await liveCampaign(db, { title: "Earlier" });
    await db.campaign.update({ where: { id: earlier.id }, data: { publishedAt: new Date("2026-01-01T00:00:00Z") } });
    await liveCampaign(db, { title: "Later" });
    await inReviewCampaign(db, { title: "Waiting" });

    const { campaigns, total } = await listLiveCampaigns({ db });
    expect(campaigns.map((campaign) => campaign.title)).toEqual(["Later", "Earlier"]);
    expect(total).toBe(2);
  });

  it("a preview of a campaign in any status; nothing for an unknown or malformed id", async () => {
    const { db } = database;
    const campaign = await inReviewCampaign(db, { story: "# Why\nBecause." });
    expect(await getCampaignPreview({ db, campaignId: campaign.id })).toMatchObject({ title: campaign.title, story: "# Why\nBecause.", status: "IN_REVIEW" });
    expect(await getCampaignPreview({ db, campaignId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await getCampaignPreview({ db, campaignId: "not-an-id" })).toBeNull();
  });

  it("every language of a campaign, drafts included, in the configured order: in the preview and the queue", async () => {
    const { db } = database;
    const campaign = await inReviewCampaign(db, { title: "Several languages" });
    const words = { summary: "A summary in another language.", story: "A story in another language, long enough." };
    await db.campaignTranslation.createMany({
      data: [
        { campaignId: campaign.id, language: "zh", title: "多种语言", ...words, isDraft: false },
        { campaignId: campaign.id, language: "ko", title: "여러 언어", ...words, isDraft: true },
        // No longer configured: nobody can read it, so nobody reviews it.
        { campaignId: campaign.id, language: "fr", title: "Plusieurs langues", ...words, isDraft: false },
      ],
    });

    const preview = await getCampaignPreview({ db, campaignId: campaign.id });
    expect(preview!.translations.map(({ language, title, isDraft }) => ({ language, title, isDraft }))).toEqual([
      { language: "ko", title: "여러 언어", isDraft: true },
      { language: "zh", title: "多种语言", isDraft: false },
    ]);
    const [queued] = await listModerationQueue({ db });
    expect(queued).toMatchObject({ language: "en", translations: [{ language: "ko", isDraft: true }, { language: "zh", isDraft: false }] });
  });
});
