import { describe, expect, it } from "vitest";
import { draftCampaign } from "../../test/factories";
import { campaignWithTeam } from "../../test/team-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { createCampaignUpdate } from "./create-campaign-update";
import { deleteCampaignUpdate } from "./delete-campaign-update";
import { editCampaignUpdate } from "./edit-campaign-update";
import { findPublishedUpdate } from "./find-published-update";
import { listCampaignUpdates } from "./list-campaign-updates";
import { listPublishedUpdates } from "./list-published-updates";
import { publishCampaignUpdate } from "./publish-campaign-update";
import { unpublishCampaignUpdate } from "./unpublish-campaign-update";
import { updateFieldsSchema, type UpdateFields } from "./update-input";

const database = withTestDatabase();

const fields = (overrides: Partial<UpdateFields> = {}): UpdateFields => ({
  kind: "NEWS",
  title: "We delivered the petition",
  body: "On Monday we handed **12,000** signatures to the embassy.",
  ...overrides,
});

async function draft() {
  const { db } = database;
  const { campaign, owner, organizers } = await campaignWithTeam(db, { coOrganizers: 1 });
  const created = await createCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, fields: fields() });
  if (!created.ok) throw new Error("not created");
  return { campaign, owner, coOrganizer: organizers[0]!, updateId: created.updateId };
}

/** Marks the update's email send as started, as startUpdateBroadcast does. */
async function startEmailing(updateId: string, startedById: string) {
  await database.db.updateBroadcast.create({ data: { updateId, startedById, recipientCount: 0 } });
}

describe("the update form's rules", () => {
  it("refuses an empty title or body, and one made only of spaces", () => {
    for (const input of [
      { kind: "NEWS", title: "", body: "Text" },
      { kind: "NEWS", title: "Title", body: "" },
      { kind: "NEWS", title: "Title", body: "   \n\t  " },
    ]) {
      expect(updateFieldsSchema.safeParse(input).success).toBe(false);
    }
    const empty = updateFieldsSchema.safeParse({ kind: "NEWS", title: "Title", body: " \r\n " });
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(["bodyRequired"]);
  });

  it("limits lengths and the kinds, and trims", () => {
    expect(updateFieldsSchema.safeParse({ kind: "NEWS", title: "x".repeat(151), body: "b" }).error?.issues[0]?.message).toBe("titleTooLong");
    expect(updateFieldsSchema.safeParse({ kind: "NEWS", title: "t", body: "b".repeat(20_001) }).error?.issues[0]?.message).toBe("bodyTooLong");
    expect(updateFieldsSchema.safeParse({ kind: "GOSSIP", title: "t", body: "b" }).error?.issues[0]?.message).toBe("kindInvalid");
    expect(updateFieldsSchema.parse({ kind: "VICTORY", title: "  We won ", body: "Yes\r\n\r\nreally " })).toEqual({ kind: "VICTORY", title: "We won", body: "Yes\n\nreally" });
  });
});

describe("createCampaignUpdate", () => {
  it("saves a draft, off the public timeline, with an audit row", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    const stored = await db.campaignUpdate.findUniqueOrThrow({ where: { id: updateId } });
    expect(stored).toMatchObject({ campaignId: campaign.id, kind: "NEWS", title: "We delivered the petition", publishedAt: null, version: 1, createdById: owner.id });
    expect(await listPublishedUpdates(db, campaign.id)).toEqual([]);
    expect(await findPublishedUpdate(db, campaign.id, updateId)).toBeNull();
    expect(await db.auditLog.findMany({ where: { campaignId: campaign.id } })).toMatchObject([{ actorId: owner.id, action: "update.created", subject: updateId }]);
  });

  it("says NOT_FOUND for a campaign that does not exist, and writes nothing", async () => {
    const { db } = database;
    const { owner } = await campaignWithTeam(db);
    const result = await createCampaignUpdate({ db, actorId: owner.id, campaignId: "00000000-0000-4000-8000-000000000000", fields: fields() });
    expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await db.campaignUpdate.count()).toBe(0);
  });
});

describe("editCampaignUpdate", () => {
  it("saves from the current version, raises it, and refuses a form loaded before someone else's save (STALE)", async () => {
    const { db } = database;
    const { campaign, owner, coOrganizer, updateId } = await draft();
    const first = await editCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1, fields: fields({ title: "Delivered!" }) });
    expect(first).toMatchObject({ ok: true, changed: true, version: 2, published: false });
    const late = await editCampaignUpdate({ db, actorId: coOrganizer.id, campaignId: campaign.id, updateId, version: 1, fields: fields({ title: "Mine" }) });
    expect(late).toEqual({ ok: false, code: "STALE" });
    expect(await db.campaignUpdate.findUniqueOrThrow({ where: { id: updateId } })).toMatchObject({ title: "Delivered!", version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "update.edited" } });
    expect(audit).toMatchObject({ actorId: owner.id, before: { title: "We delivered the petition" }, after: { title: "Delivered!" } });
  });

  it("writes nothing for an identical save", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    expect(await editCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1, fields: fields() })).toMatchObject({ ok: true, changed: false, version: 1 });
    expect(await db.auditLog.count({ where: { action: "update.edited" } })).toBe(0);
  });

  it("lets a published update's typo be fixed, but nothing once its email send has started (ALREADY_SENT)", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    await publishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1 });
    const fixed = await editCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1, fields: fields({ body: "Fixed typo" }) });
    expect(fixed).toMatchObject({ ok: true, changed: true, published: true, slug: campaign.slug });

    await startEmailing(updateId, owner.id);
    const after = await editCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 2, fields: fields({ body: "Other words" }) });
    expect(after).toEqual({ ok: false, code: "ALREADY_SENT" });
    expect((await db.campaignUpdate.findUniqueOrThrow({ where: { id: updateId } })).body).toBe("Fixed typo");
  });

  it("does not find another campaign's update, even for that campaign's organizer", async () => {
    const { db } = database;
    const { updateId } = await draft();
    const { campaign: other, owner: otherOwner } = await campaignWithTeam(db);
    const result = await editCampaignUpdate({ db, actorId: otherOwner.id, campaignId: other.id, updateId, version: 1, fields: fields({ title: "Hijacked" }) });
    expect(result).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await deleteCampaignUpdate({ db, actorId: otherOwner.id, campaignId: other.id, updateId, version: 1 })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await publishCampaignUpdate({ db, actorId: otherOwner.id, campaignId: other.id, updateId, version: 1 })).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});

describe("publishCampaignUpdate and the public timeline", () => {
  it("publishes once, audits, and the timeline lists published updates newest first with no author", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    const second = await createCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, fields: fields({ kind: "RESPONSE", title: "The minister answered" }) });
    const unpublished = await createCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, fields: fields({ title: "Still a draft" }) });
    if (!second.ok || !unpublished.ok) throw new Error("not created");

    expect(await publishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1, now: new Date("2026-11-01T10:00:00Z") })).toEqual({
      ok: true,
      changed: true,
      slug: campaign.slug,
    });
    await publishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId: second.updateId, version: 1, now: new Date("2026-11-02T10:00:00Z") });
    // Twice: nothing changes, no second audit row.
    expect(await publishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1 })).toMatchObject({ ok: true, changed: false });

    const timeline = await listPublishedUpdates(db, campaign.id);
    expect(timeline.map((update) => update.title)).toEqual(["The minister answered", "We delivered the petition"]);
    expect(Object.keys(timeline[0]!).sort()).toEqual(["body", "id", "kind", "publishedAt", "title"]);
    expect(await findPublishedUpdate(db, campaign.id, updateId)).toMatchObject({ title: "We delivered the petition" });
    expect(await findPublishedUpdate(db, campaign.id, unpublished.updateId)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "update.published" } })).toBe(2);
  });

  it("refuses to publish on a campaign the public cannot see, and from a stale form", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    await editCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1, fields: fields({ title: "New" }) });
    expect(await publishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1 })).toEqual({ ok: false, code: "STALE" });

    const hidden = await draftCampaign(db);
    await db.campaignMember.create({ data: { campaignId: hidden.id, userId: owner.id, role: "OWNER" } });
    const created = await createCampaignUpdate({ db, actorId: owner.id, campaignId: hidden.id, fields: fields() });
    if (!created.ok) throw new Error("not created");
    expect(await publishCampaignUpdate({ db, actorId: owner.id, campaignId: hidden.id, updateId: created.updateId, version: 1 })).toEqual({ ok: false, code: "CAMPAIGN_NOT_PUBLIC" });
    expect(await db.campaignUpdate.count({ where: { publishedAt: { not: null } } })).toBe(0);
  });

  it("unpublishes, and deletes only drafts that were never emailed", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    await publishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1 });
    expect(await deleteCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1 })).toEqual({ ok: false, code: "PUBLISHED" });
    expect(await unpublishCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId })).toMatchObject({ ok: true, changed: true });
    expect(await listPublishedUpdates(db, campaign.id)).toEqual([]);

    await startEmailing(updateId, owner.id);
    expect(await deleteCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId, version: 1 })).toEqual({ ok: false, code: "ALREADY_SENT" });

    const other = await createCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, fields: fields() });
    if (!other.ok) throw new Error("not created");
    expect(await deleteCampaignUpdate({ db, actorId: owner.id, campaignId: campaign.id, updateId: other.updateId, version: 1 })).toEqual({ ok: true });
    expect(await db.campaignUpdate.count()).toBe(1);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "update.deleted" } })).toMatchObject({ before: { title: "We delivered the petition" } });
  });
});

describe("listCampaignUpdates", () => {
  it("gives each update's page and email state, counting finished recipients", async () => {
    const { db } = database;
    const { campaign, owner, updateId } = await draft();
    expect(await listCampaignUpdates(db, campaign.id)).toMatchObject([{ id: updateId, publishedAt: null, email: null }]);

    const broadcast = await db.updateBroadcast.create({ data: { updateId, startedById: owner.id, recipientCount: 3 } });
    const batch = await db.broadcastBatch.create({ data: { broadcastId: broadcast.id, seq: 0, idempotencyKey: `b-${broadcast.id}` } });
    const signature = (n: number) =>
      db.signature.create({
        data: {
          campaignId: campaign.id,
          email: `s${n}@example.org`,
          name: "S",
          country: "KR",
          locale: "en",
          confirmationTokenHash: `hash-${n}-${broadcast.id}`,
          tokenExpiresAt: new Date(),
          confirmationSentAt: new Date(),
          referralCode: `ref${n}${broadcast.id.slice(0, 6)}`,
        },
      });
    for (const [n, status] of [[1, "SENT"], [2, "SKIPPED"], [3, "QUEUED"]] as const) {
      const { id } = await signature(n);
      await db.broadcastRecipient.create({ data: { broadcastId: broadcast.id, signatureId: id, batchId: batch.id, status } });
    }
    expect(await listCampaignUpdates(db, campaign.id)).toMatchObject([{ id: updateId, email: { state: "emailing", done: 2, total: 3 } }]);
    await db.updateBroadcast.update({ where: { id: broadcast.id }, data: { status: "DONE" } });
    expect(await listCampaignUpdates(db, campaign.id)).toMatchObject([{ email: { state: "sent" } }]);
  });
});
