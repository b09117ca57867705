import { describe, expect, it } from "vitest";
import { draftCampaign, person, publishedCampaign } from "../../test/factories";
import { insertConfirmedSignaturesInBulk, signatureRow } from "../../test/signature-rows";
import { campaignUpdate, consentingSigner } from "../../test/update-factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { BATCH_SIZE, batchIdempotencyKey, startUpdateBroadcast } from "./start-update-broadcast";
import type { BroadcastContent } from "./broadcast-content";

const database = withTestDatabase();

describe("startUpdateBroadcast", () => {
  it("snapshots the confirmed, consenting, still-subscribed signers and nobody else", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db, { title: "Free them" });
    const other = await publishedCampaign(db);
    const organizer = await person(db);
    const included = await consentingSigner(db, campaign.id, "in@example.org");
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: false, email: "no-consent@example.org" });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, status: "PENDING", email: "pending@example.org" });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, status: "INVALIDATED", email: "invalid@example.org" });
    const unsubscribed = await consentingSigner(db, campaign.id, "unsub@example.org");
    await db.signature.update({ where: { id: unsubscribed.id }, data: { unsubscribedAt: new Date() } });
    const withdrawn = await consentingSigner(db, campaign.id, "withdrawn@example.org");
    await db.signature.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    await consentingSigner(db, other.id, "other-campaign@example.org");
    await db.campaignCounterShard.create({ data: { campaignId: campaign.id, shard: 0, count: 1234 } });
    const update = await campaignUpdate(db, campaign.id, { title: "Delivered", kind: "VICTORY" });

    const result = await startUpdateBroadcast(db, { updateId: update.id, startedById: organizer.id });
    expect(result).toMatchObject({ ok: true, recipientCount: 1 });
    if (!result.ok) return;
    const recipients = await db.broadcastRecipient.findMany({ where: { broadcastId: result.broadcastId } });
    expect(recipients.map((recipient) => [recipient.signatureId, recipient.status])).toEqual([[included.id, "QUEUED"]]);
    const broadcast = await db.updateBroadcast.findUniqueOrThrow({ where: { id: result.broadcastId }, include: { batches: true } });
    expect(broadcast).toMatchObject({ status: "SENDING", recipientCount: 1, signatureCount: 1234, startedById: organizer.id });
    expect(broadcast.content as BroadcastContent).toMatchObject({ kind: "VICTORY", title: "Delivered", campaignTitles: { en: "Free them" }, signatureCount: 1234 });
    expect(broadcast.batches).toHaveLength(1);
    expect(broadcast.batches[0]).toMatchObject({ seq: 0, status: "PENDING", idempotencyKey: batchIdempotencyKey(result.broadcastId, 0) });
  });

  it("groups thousands of recipients into batches of at most 100, each signer once", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: 2_345 });
    const update = await campaignUpdate(db, campaign.id);
    const result = await startUpdateBroadcast(db, { updateId: update.id, startedById: null });
    expect(result).toMatchObject({ ok: true, recipientCount: 2_345 });
    const sizes = await db.broadcastRecipient.groupBy({ by: ["batchId"], _count: { _all: true } });
    expect(sizes).toHaveLength(24);
    expect(Math.max(...sizes.map((size) => size._count._all))).toBe(BATCH_SIZE);
    expect(sizes.reduce((sum, size) => sum + size._count._all, 0)).toBe(2_345);
    const keys = await db.broadcastBatch.findMany({ select: { idempotencyKey: true } });
    expect(new Set(keys.map((key) => key.idempotencyKey)).size).toBe(24);
  });

  it("starts one send however many times it is asked, at once or later", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    for (let index = 0; index < 5; index++) await consentingSigner(db, campaign.id, `s${index}@example.org`);
    const update = await campaignUpdate(db, campaign.id);
    const results = await Promise.all(Array.from({ length: 4 }, () => startUpdateBroadcast(db, { updateId: update.id, startedById: null })));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.code)).toEqual(["ALREADY_STARTED", "ALREADY_STARTED", "ALREADY_STARTED"]);
    expect(await startUpdateBroadcast(db, { updateId: update.id, startedById: null })).toEqual({ ok: false, code: "ALREADY_STARTED" });
    expect(await db.broadcastRecipient.count()).toBe(5);
    expect(await db.broadcastBatch.count()).toBe(1);
  });

  it("refuses an empty update, a missing one and a campaign that is not public", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const empty = await campaignUpdate(db, campaign.id, { body: "   " });
    expect(await startUpdateBroadcast(db, { updateId: empty.id, startedById: null })).toEqual({ ok: false, code: "EMPTY_UPDATE" });
    expect(await startUpdateBroadcast(db, { updateId: "00000000-0000-4000-8000-000000000000", startedById: null })).toEqual({ ok: false, code: "NOT_FOUND" });
    const draft = await draftCampaign(db);
    const hidden = await campaignUpdate(db, draft.id);
    expect(await startUpdateBroadcast(db, { updateId: hidden.id, startedById: null })).toEqual({ ok: false, code: "CAMPAIGN_NOT_PUBLIC" });
    expect(await db.updateBroadcast.count()).toBe(0);
  });

  it("is done at once when nobody is to be emailed", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const update = await campaignUpdate(db, campaign.id);
    const result = await startUpdateBroadcast(db, { updateId: update.id, startedById: null });
    expect(result).toMatchObject({ ok: true, recipientCount: 0 });
    expect(await db.updateBroadcast.findFirstOrThrow()).toMatchObject({ status: "DONE" });
  });
});
