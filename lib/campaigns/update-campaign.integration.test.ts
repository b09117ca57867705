import { describe, expect, it } from "vitest";
import { campaignFields } from "../../test/campaign-fields";
import { person, publishedCampaign } from "../../test/factories";
import { isStillPending, openTransaction } from "../../test/helpers/open-transaction";
import { withTestDatabase } from "../../test/helpers/test-database";
import { createCampaignDraft } from "./create-campaign-draft";
import { updateCampaign } from "./update-campaign";

const database = withTestDatabase();

async function draft(overrides: Parameters<typeof campaignFields>[0] = {}) {
  const owner = await person(database.db);
  const created = await createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ slug: "river-park", ...overrides }) });
  if (!created.ok) throw new Error(created.code);
  return { owner, id: created.campaign.id };
}

const setStatus = (id: string, status: "IN_REVIEW" | "PUBLISHED" | "REJECTED" | "CLOSED" | "WON") =>
  database.db.campaign.update({ where: { id }, data: { status } });
const updates = (campaignId: string) => database.db.auditLog.findMany({ where: { campaignId, action: "campaign.updated" }, orderBy: { createdAt: "asc" } });

describe("updateCampaign", () => {
  it("changes any field of a draft, auditing exactly what changed, before and after", async () => {
    const { owner, id } = await draft();
    const closesAt = new Date(Date.now() + 10 * 86_400_000);
    const result = await updateCampaign({
      db: database.db,
      actorId: owner.id,
      campaignId: id,
      fields: campaignFields({ slug: "new-river-park", title: "Save our river park", goal: 5000, closesAt, language: "zh" }),
    });
    expect(result).toEqual({ ok: true, changed: ["title", "goal", "closesAt", "slug", "language"], slug: "new-river-park", status: "DRAFT", replacedImageUrl: null });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: "new-river-park", title: "Save our river park", goal: 5000, closesAt, language: "zh" });

    const [audit] = await updates(id);
    expect(audit).toMatchObject({
      actorId: owner.id,
      before: { title: "Save the river park", goal: 1000, closesAt: null, slug: "river-park", language: "en" },
      after: { title: "Save our river park", goal: 5000, closesAt: closesAt.toISOString(), slug: "new-river-park", language: "zh" },
    });
  });

  it("writes nothing, not even an audit row, when nothing changed", async () => {
    const { owner, id } = await draft();
    const result = await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "river-park" }) });
    expect(result).toMatchObject({ ok: true, changed: [] });
    expect(await updates(id)).toHaveLength(0);
  });

  it("lets a published campaign change its words, image, goal, deadline and hashtag", async () => {
    const { owner, id } = await draft({ imageAlt: "old" });
    await database.db.campaign.update({ where: { id }, data: { imageUrl: "/media/campaigns/old.webp", imageAlt: "Old picture" } });
    await setStatus(id, "PUBLISHED");
    const result = await updateCampaign({
      db: database.db,
      actorId: owner.id,
      campaignId: id,
      fields: campaignFields({ slug: "river-park", story: "A new story for the park, long enough to be a real story.", hashtag: "RiverPark", imageAlt: "New picture" }),
      image: { kind: "replace", url: "/media/campaigns/new.webp" },
    });
    expect(result).toMatchObject({ ok: true, changed: ["story", "hashtag", "imageUrl", "imageAlt"], replacedImageUrl: "/media/campaigns/old.webp" });
    const [audit] = await updates(id);
    expect(audit!.before).toEqual({ story: campaignFields().story, hashtag: null, imageUrl: "/media/campaigns/old.webp", imageAlt: "Old picture" });

    const removed = await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "river-park", story: "A new story for the park, long enough to be a real story.", hashtag: "RiverPark", imageAlt: "New picture" }), image: { kind: "remove" } });
    expect(removed).toMatchObject({ ok: true, changed: ["imageUrl", "imageAlt"], replacedImageUrl: "/media/campaigns/new.webp" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ imageUrl: null, imageAlt: null });
  });

  it("never changes a published campaign's slug or language", async () => {
    const { owner, id } = await draft();
    await setStatus(id, "PUBLISHED");
    const slug = await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "another-slug", story: "Changed story as well, which must not be saved either." }) });
    expect(slug).toEqual({ ok: false, code: "FIELD_LOCKED", field: "slug" });
    const language = await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "river-park", language: "ko" }) });
    expect(language).toEqual({ ok: false, code: "FIELD_LOCKED", field: "language" });
    // An empty slug field keeps the slug (it is not remade from the title).
    const cleared = await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: null, title: "A brand new title" }) });
    expect(cleared).toMatchObject({ ok: true, changed: ["title"], slug: "river-park" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: "river-park", language: "en", story: campaignFields().story });
  });

  it("keeps the slug and language of a campaign a moderator unpublished, while letting its words be fixed", async () => {
    const { owner, id } = await draft();
    await database.db.campaign.update({ where: { id }, data: { status: "REJECTED", publishedAt: new Date(), moderationReason: "Misleading title." } });
    expect(await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "a-fresh-start" }) })).toEqual({
      ok: false,
      code: "FIELD_LOCKED",
      field: "slug",
    });
    expect(await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "river-park", title: "An honest title" }) })).toMatchObject({
      ok: true,
      changed: ["title"],
    });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: "river-park", title: "An honest title" });
  });

  it("keeps the slug of a campaign published while the edit was on its way", async () => {
    const { owner, id } = await draft();
    // A moderator's approval has updated the row but not committed yet.
    const approval = await openTransaction(database.pool);
    await approval.query(`UPDATE "Campaign" SET "status" = 'PUBLISHED', "publishedAt" = now() WHERE "id" = $1`, [id]);
    const editing = updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "renamed-after-approval" }) });
    expect(await isStillPending(editing)).toBe(true);
    await approval.commit();
    expect(await editing).toEqual({ ok: false, code: "FIELD_LOCKED", field: "slug" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", slug: "river-park" });
  });

  it("lets a rejected campaign change everything and locks one in review or ended", async () => {
    const { owner, id } = await draft();
    await setStatus(id, "REJECTED");
    expect(await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "fixed-slug" }) })).toMatchObject({ ok: true, changed: ["slug"] });
    for (const status of ["IN_REVIEW", "CLOSED", "WON"] as const) {
      await setStatus(id, status);
      expect(await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "fixed-slug", title: "Another title" }) })).toEqual({ ok: false, code: "NOT_EDITABLE" });
    }
    expect(await updates(id)).toHaveLength(1);
  });

  it("refuses another campaign's slug, needs a description for an image, and knows no unknown campaign", async () => {
    const { owner, id } = await draft();
    await publishedCampaign(database.db, { slug: "someone-elses" });
    expect(await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "someone-elses" }) })).toEqual({ ok: false, code: "SLUG_TAKEN" });
    expect(
      await updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "river-park" }), image: { kind: "replace", url: "/media/campaigns/x.webp" } }),
    ).toEqual({ ok: false, code: "IMAGE_ALT_REQUIRED" });
    expect(await updateCampaign({ db: database.db, actorId: owner.id, campaignId: "00000000-0000-4000-8000-000000000000", fields: campaignFields() })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: "river-park", imageUrl: null });
  });

  it("loses a race for a chosen slug with SLUG_TAKEN", async () => {
    const { owner, id } = await draft();
    const other = await openTransaction(database.pool);
    await other.query(
      `INSERT INTO "Campaign" ("id", "slug", "title", "summary", "story", "target", "goal", "updatedAt")
       VALUES (gen_random_uuid(), 'contested', 'Other', 'Other summary', 'Other story', 'Someone', 100, now())`,
    );
    const editing = updateCampaign({ db: database.db, actorId: owner.id, campaignId: id, fields: campaignFields({ slug: "contested" }) });
    expect(await isStillPending(editing)).toBe(true);
    await other.commit();
    expect(await editing).toEqual({ ok: false, code: "SLUG_TAKEN" });
    expect(await updates(id)).toHaveLength(0);
  });
});
