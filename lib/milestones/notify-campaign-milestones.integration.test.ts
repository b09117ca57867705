import { describe, expect, it } from "vitest";
import { renderEmail } from "../email/render-email";
import type { NoticeEmailPayload } from "../email/email-kinds";
import { closedCampaign, publishedCampaign } from "../../test/factories";
import { person } from "../../test/team-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { notifyCampaignMilestones } from "./notify-campaign-milestones";

const database = withTestDatabase();

/** A published campaign with an owner and a co-organizer, in `language`. */
async function campaignRunBy(goal: number, language = "en", overrides: Parameters<typeof publishedCampaign>[1] = {}) {
  const { db } = database;
  const campaign = await publishedCampaign(db, { goal, ...overrides });
  await db.campaign.update({ where: { id: campaign.id }, data: { language } });
  const owner = await person(db);
  const helper = await person(db);
  await db.campaignMember.createMany({
    data: [
      { campaignId: campaign.id, userId: owner.id, role: "OWNER" },
      { campaignId: campaign.id, userId: helper.id, role: "ORGANIZER" },
    ],
  });
  return { campaign, owner, helper };
}

/** Sets the confirmed count as the counter shards hold it. */
async function setCount(campaignId: string, count: number) {
  const { db } = database;
  await db.campaignCounterShard.deleteMany({ where: { campaignId } });
  await db.campaignCounterShard.createMany({ data: [{ campaignId, shard: 0, count: count - Math.floor(count / 2) }, { campaignId, shard: 1, count: Math.floor(count / 2) }] });
}

const templatesSent = async () =>
  (await database.db.emailMessage.findMany({ orderBy: { createdAt: "asc" } })).map((email) => `${email.toAddress} ${(email.payload as NoticeEmailPayload).template}`);

describe("notifyCampaignMilestones", () => {
  it("emails every organizer once as the count crosses each threshold, and never again", async () => {
    const { db } = database;
    const { campaign, owner, helper } = await campaignRunBy(1000);
    const run = () => notifyCampaignMilestones({ db });
    const emails = async () => (await templatesSent()).sort();

    await setCount(campaign.id, 99);
    expect(await run()).toEqual([]);
    expect(await db.emailMessage.count()).toBe(0);

    const expected: string[] = [];
    for (const [count, template] of [
      [100, "first100"],
      [500, "halfGoal"],
      [1000, "goal"],
      [10_000, "tenThousand"],
      [100_000, "hundredThousand"],
    ] as const) {
      await setCount(campaign.id, count);
      expect(await run()).toMatchObject([{ campaignId: campaign.id, organizers: 2 }]);
      // The next run, and one after the count grows a little more, email nothing new.
      expect(await run()).toEqual([]);
      await setCount(campaign.id, count + 1);
      expect(await run()).toEqual([]);
      expected.push(`${owner.email} milestoneEmail.${template}`, `${helper.email} milestoneEmail.${template}`);
      expect(await emails()).toEqual([...expected].sort());
    }
    expect((await db.campaignMilestone.findMany({ where: { campaignId: campaign.id } })).map((row) => row.milestone).sort()).toEqual(
      ["10000", "100000", "first-100", "goal", "half-goal"].sort(),
    );
  });

  it("in the campaign's language, with the title and count, linking to the dashboard", async () => {
    const { db } = database;
    const { campaign, owner } = await campaignRunBy(1000, "ko");
    await setCount(campaign.id, 120);
    await notifyCampaignMilestones({ db });
    const email = await db.emailMessage.findFirstOrThrow({ where: { toAddress: owner.email } });
    expect(email).toMatchObject({ kind: "notice", locale: "ko", idempotencyKey: `milestone:${campaign.id}:first-100:${owner.id}` });
    expect(email.payload).toEqual({ kind: "notice", template: "milestoneEmail.first100", params: { title: campaign.title, count: 120, goal: 1000 }, path: `/dashboard/campaigns/${campaign.id}` });
    const rendered = await renderEmail(email.locale, email.payload as NoticeEmailPayload, { appUrl: "https://chorus.example", secret: "s" });
    expect(rendered.subject).toBe(`“${campaign.title}”에 첫 서명 100개가 모였습니다`);
    expect(rendered.html).toContain(`https://chorus.example/dashboard/campaigns/${campaign.id}`);
  });

  it("records every milestone passed at once but emails only the largest", async () => {
    const { db } = database;
    const { campaign, owner } = await campaignRunBy(200);
    await setCount(campaign.id, 250);
    expect(await notifyCampaignMilestones({ db })).toEqual([{ campaignId: campaign.id, milestone: "goal", organizers: 2 }]);
    expect(await templatesSent()).toContain(`${owner.email} milestoneEmail.goal`);
    expect(await db.emailMessage.count()).toBe(2);
    expect(await db.campaignMilestone.count({ where: { campaignId: campaign.id } })).toBe(3);
  });

  it("emails once when the deadline passes, for a campaign the deadline job has closed too, but not for one long ended", async () => {
    const { db } = database;
    const now = new Date("2026-12-01T12:00:00Z");
    const { campaign, owner } = await campaignRunBy(1000, "en", { closesAt: new Date("2026-12-01T13:00:00Z") });
    await setCount(campaign.id, 42);
    expect(await notifyCampaignMilestones({ db, now })).toEqual([]);

    const later = new Date("2026-12-01T13:00:30Z");
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "CLOSED", endedAt: campaign.closesAt } });
    expect(await notifyCampaignMilestones({ db, now: later })).toEqual([{ campaignId: campaign.id, milestone: "deadline", organizers: 2 }]);
    expect(await notifyCampaignMilestones({ db, now: new Date("2026-12-02T00:00:00Z") })).toEqual([]);
    expect(await templatesSent()).toContain(`${owner.email} milestoneEmail.deadline`);

    const ancient = await closedCampaign(db, { closesAt: new Date("2026-01-01T00:00:00Z") });
    const organizer = await person(db);
    await db.campaignMember.create({ data: { campaignId: ancient.id, userId: organizer.id, role: "OWNER" } });
    await notifyCampaignMilestones({ db, now: later });
    expect(await db.emailMessage.count({ where: { toAddress: organizer.email } })).toBe(0);
  });

  it("two runs at the same moment email each organizer once", async () => {
    const { db } = database;
    const campaigns = await Promise.all([campaignRunBy(1000), campaignRunBy(1000), campaignRunBy(1000)]);
    for (const { campaign } of campaigns) await setCount(campaign.id, 150);
    const results = await Promise.all(Array.from({ length: 4 }, () => notifyCampaignMilestones({ db })));
    expect(results.flat()).toHaveLength(3);
    expect(await db.emailMessage.count()).toBe(6);
    expect(await db.campaignMilestone.count()).toBe(3);
  });
});
