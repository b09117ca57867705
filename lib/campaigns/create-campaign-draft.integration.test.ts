import { describe, expect, it } from "vitest";
import { campaignFields } from "../../test/campaign-fields";
import { person, publishedCampaign } from "../../test/factories";
import { isStillPending, openTransaction } from "../../test/helpers/open-transaction";
import { withTestDatabase } from "../../test/helpers/test-database";
import { createCampaignDraft } from "./create-campaign-draft";

const database = withTestDatabase();

/** Another request's campaign with `slug`, inserted but not committed yet. */
async function uncommittedCampaign(slug: string) {
  const other = await openTransaction(database.pool);
  await other.query(
    `INSERT INTO "Campaign" ("id", "slug", "title", "summary", "story", "target", "goal", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'Other', 'Other summary', 'Other story', 'Someone', 100, now())`,
    [slug],
  );
  return other;
}

describe("createCampaignDraft", () => {
  it("makes a draft whose creator is its owner, with an audit row, in one go", async () => {
    const owner = await person(database.db);
    const closesAt = new Date(Date.now() + 30 * 86_400_000);
    const result = await createCampaignDraft({
      db: database.db,
      ownerId: owner.id,
      fields: campaignFields({ slug: "save-the-river-park", closesAt, hashtag: "SaveTheRiver", language: "ko" }),
      imageUrl: "/media/campaigns/abc.webp",
    }).catch((error) => error);
    // An image needs its description.
    expect(result).toEqual({ ok: false, code: "IMAGE_ALT_REQUIRED" });
    expect(await database.db.campaign.count()).toBe(0);

    const created = await createCampaignDraft({
      db: database.db,
      ownerId: owner.id,
      fields: campaignFields({ slug: "save-the-river-park", closesAt, hashtag: "SaveTheRiver", language: "ko", imageAlt: "The park at dawn" }),
      imageUrl: "/media/campaigns/abc.webp",
    });
    expect(created).toEqual({ ok: true, campaign: { id: expect.any(String), slug: "save-the-river-park" } });
    if (!created.ok) return;

    const campaign = await database.db.campaign.findUniqueOrThrow({ where: { id: created.campaign.id }, include: { members: true } });
    expect(campaign).toMatchObject({
      status: "DRAFT",
      ownerId: owner.id,
      title: "Save the river park",
      goal: 1000,
      closesAt,
      language: "ko",
      hashtag: "SaveTheRiver",
      imageUrl: "/media/campaigns/abc.webp",
      imageAlt: "The park at dawn",
      submittedAt: null,
      publishedAt: null,
    });
    expect(campaign.members).toEqual([expect.objectContaining({ userId: owner.id, role: "OWNER" })]);

    const audit = await database.db.auditLog.findMany({ where: { campaignId: campaign.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: owner.id,
      action: "campaign.created",
      after: expect.objectContaining({ slug: "save-the-river-park", closesAt: closesAt.toISOString(), imageAlt: "The park at dawn" }),
    });
  });

  it("makes the slug from the title, numbered past taken ones, never a reserved word", async () => {
    const owner = await person(database.db);
    await publishedCampaign(database.db, { slug: "save-the-river-park" });
    const made = await createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields() });
    expect(made).toMatchObject({ ok: true, campaign: { slug: "save-the-river-park-2" } });

    // The form's suggestion is numbered the same way.
    const suggested = await createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ slug: "save-the-river-park" }), slugSuggested: true });
    expect(suggested).toMatchObject({ ok: true, campaign: { slug: "save-the-river-park-3" } });

    const reserved = await createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ title: "Admin" }) });
    expect(reserved).toMatchObject({ ok: true, campaign: { slug: expect.stringMatching(/^admin-[a-z0-9]{5}$/) } });
  });

  it("refuses a chosen slug another campaign has, writing nothing", async () => {
    const owner = await person(database.db);
    await publishedCampaign(database.db, { slug: "taken-slug" });
    const result = await createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ slug: "taken-slug" }) });
    expect(result).toEqual({ ok: false, code: "SLUG_TAKEN" });
    expect(await database.db.campaignMember.count()).toBe(0);
    expect(await database.db.auditLog.count()).toBe(0);
  });

  it("loses a race for a chosen slug with SLUG_TAKEN, not an error (the unique index decides)", async () => {
    const owner = await person(database.db);
    // The other request has checked and inserted the slug but not committed: this one's
    // check cannot see it, so only the unique index stops the second insert.
    const other = await uncommittedCampaign("raced-slug");
    const creating = createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ slug: "raced-slug" }) });
    expect(await isStillPending(creating)).toBe(true);
    await other.commit();
    expect(await creating).toEqual({ ok: false, code: "SLUG_TAKEN" });
    expect(await database.db.campaign.count()).toBe(1);
    expect(await database.db.campaignMember.count()).toBe(0);
  });

  it("numbers past a made slug it lost a race for", async () => {
    const owner = await person(database.db);
    const other = await uncommittedCampaign("save-the-river-park");
    const creating = createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields() });
    expect(await isStillPending(creating)).toBe(true);
    await other.commit();
    expect(await creating).toMatchObject({ ok: true, campaign: { slug: "save-the-river-park-2" } });
  });

  it("gives each of many simultaneous creators of one slug a clear answer", async () => {
    const owners = await Promise.all(Array.from({ length: 6 }, () => person(database.db)));
    const results = await Promise.all(
      owners.map((owner) => createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ slug: "everyone-wants-it" }) })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(5).fill({ ok: false, code: "SLUG_TAKEN" }));
    expect(await database.db.campaignMember.count()).toBe(1);
  });
});
