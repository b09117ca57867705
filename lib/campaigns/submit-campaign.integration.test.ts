import { describe, expect, it } from "vitest";
import { campaignFields } from "../../test/campaign-fields";
import { person } from "../../test/factories";
import { isStillPending, openTransaction } from "../../test/helpers/open-transaction";
import { withTestDatabase } from "../../test/helpers/test-database";
import { createCampaignDraft } from "./create-campaign-draft";
import { submitCampaign } from "./submit-campaign";

const database = withTestDatabase();

async function draftBy(options: { trusted?: boolean; language?: "en" | "ko" | "zh" } = {}) {
  const owner = await person(database.db, { trusted: options.trusted });
  const created = await createCampaignDraft({ db: database.db, ownerId: owner.id, fields: campaignFields({ language: options.language ?? "en" }) });
  if (!created.ok) throw new Error(created.code);
  return { owner, id: created.campaign.id, slug: created.campaign.slug };
}

const notices = () => database.db.emailMessage.findMany({ orderBy: { toAddress: "asc" } });
const audits = (campaignId: string, action: string) => database.db.auditLog.findMany({ where: { campaignId, action } });

describe("submitCampaign", () => {
  it("sends a draft for review and tells every moderator and admin, in the same transaction", async () => {
    const moderator = await person(database.db, { role: "MODERATOR", email: "a-moderator@example.org" });
    const admin = await person(database.db, { role: "ADMIN", email: "b-admin@example.org" });
    await person(database.db, { role: "USER", email: "c-user@example.org" });
    const { owner, id, slug } = await draftBy({ language: "ko" });
    const now = new Date("2026-12-01T10:00:00Z");

    expect(await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id, now })).toEqual({ ok: true, status: "IN_REVIEW", slug });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_REVIEW", submittedAt: now, publishedAt: null });
    expect(await audits(id, "campaign.submitted")).toEqual([
      expect.objectContaining({ actorId: owner.id, before: { status: "DRAFT" }, after: { status: "IN_REVIEW", submittedAt: now.toISOString() } }),
    ]);

    const emails = await notices();
    expect(emails.map((email) => email.toAddress)).toEqual([moderator.email, admin.email]);
    for (const email of emails) {
      expect(email).toMatchObject({ kind: "notice", locale: "ko", status: "PENDING" });
      expect(email.payload).toEqual({ kind: "notice", template: "organizerEmail.submitted", params: { title: "Save the river park" }, path: "/moderation" });
      expect(email.idempotencyKey).toContain(id);
    }
  });

  it("publishes a trusted organizer's campaign at once, without a review or notices", async () => {
    await person(database.db, { role: "MODERATOR" });
    const { owner, id } = await draftBy({ trusted: true });
    const now = new Date("2026-12-01T10:00:00Z");
    expect(await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id, now })).toMatchObject({ ok: true, status: "PUBLISHED" });
    expect(await database.db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PUBLISHED", submittedAt: now, publishedAt: now });
    expect(await audits(id, "campaign.published")).toHaveLength(1);
    expect(await notices()).toEqual([]);
  });

  it("applies once when the same draft is submitted several times at the same moment", async () => {
    await person(database.db, { role: "MODERATOR" });
    await person(database.db, { role: "ADMIN" });
    const { owner, id } = await draftBy();
    // Eight at once (a double click, a retry, a second tab), so that some read the row before any has changed it.
    const results = await Promise.all(Array.from({ length: 8 }, () => submitCampaign({ db: database.db, campaignId: id, actorId: owner.id })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(Array(7).fill({ ok: false, code: "ALREADY_SUBMITTED" }));
    expect(await audits(id, "campaign.submitted")).toHaveLength(1);
    expect(await notices()).toHaveLength(2);
  });

  it("sends a trusted organizer's campaign that a moderator rejected or took down back to review", async () => {
    await person(database.db, { role: "MODERATOR" });
    const { owner, id } = await draftBy({ trusted: true });
    await database.db.campaign.update({ where: { id }, data: { status: "REJECTED", moderationReason: "It names a private person." } });
    expect(await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id })).toMatchObject({ ok: true, status: "IN_REVIEW" });
    expect((await database.db.campaign.findUniqueOrThrow({ where: { id } })).status).toBe("IN_REVIEW");
    expect(await notices()).toHaveLength(1);
  });

  it("takes a rejected campaign back for review, notifying again for the new submission", async () => {
    await person(database.db, { role: "MODERATOR" });
    const { owner, id } = await draftBy();
    await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id, now: new Date("2026-12-01T10:00:00Z") });
    await database.db.campaign.update({ where: { id }, data: { status: "REJECTED", moderationReason: "Name the council member." } });
    const again = await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id, now: new Date("2026-12-02T10:00:00Z") });
    expect(again).toMatchObject({ ok: true, status: "IN_REVIEW" });
    expect(await audits(id, "campaign.submitted")).toEqual(
      expect.arrayContaining([expect.objectContaining({ before: { status: "REJECTED" } })]),
    );
    const keys = (await notices()).map((email) => email.idempotencyKey);
    expect(new Set(keys).size).toBe(2);
  });

  it("refuses what cannot be submitted", async () => {
    const { owner, id } = await draftBy();
    await database.db.campaign.update({ where: { id }, data: { status: "IN_REVIEW" } });
    expect(await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id })).toEqual({ ok: false, code: "ALREADY_SUBMITTED" });
    for (const status of ["PUBLISHED", "CLOSED", "WON"] as const) {
      await database.db.campaign.update({ where: { id }, data: { status } });
      expect(await submitCampaign({ db: database.db, campaignId: id, actorId: owner.id })).toEqual({ ok: false, code: "NOT_SUBMITTABLE" });
    }
    expect(await submitCampaign({ db: database.db, campaignId: "00000000-0000-4000-8000-000000000000", actorId: owner.id })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.auditLog.count({ where: { campaignId: id, action: { not: "campaign.created" } } })).toBe(0);
  });

  it("does not apply over another submit that changed the row first and commits while this one waits", async () => {
    await person(database.db, { role: "MODERATOR" });
    const { owner, id } = await draftBy();
    const other = await openTransaction(database.pool);
    await other.query(`UPDATE "Campaign" SET "status" = 'IN_REVIEW', "submittedAt" = now() WHERE "id" = $1`, [id]);
    const submitting = submitCampaign({ db: database.db, campaignId: id, actorId: owner.id });
    expect(await isStillPending(submitting)).toBe(true);
    await other.commit();
    expect(await submitting).toEqual({ ok: false, code: "ALREADY_SUBMITTED" });
    expect(await audits(id, "campaign.submitted")).toHaveLength(0);
    expect(await notices()).toHaveLength(0);
  });
});
