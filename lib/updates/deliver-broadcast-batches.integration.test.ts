import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { startFakeResend } from "../../test/helpers/fake-resend-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { insertConfirmedSignaturesInBulk } from "../../test/signature-rows";
import { campaignUpdate, consentingSigner } from "../../test/update-factories";
import { recipientKey } from "../email/recipient-key";
import { createResendTransport } from "../email/resend-transport";
import { unsubscribeTokenFor } from "../unsubscribe/unsubscribe-token";
import { createBroadcastTemplates } from "./broadcast-templates";
import { deliverBroadcastBatches } from "./deliver-broadcast-batches";
import { getBroadcastProgress } from "./get-broadcast-progress";
import { resumeBroadcast } from "./resume-broadcast";
import { startUpdateBroadcast } from "./start-update-broadcast";

const database = withTestDatabase();
const apiKey = "re_test_batch_key";
const appUrl = "https://chorus.example.org";
const from = "Chorus <updates@chorus.example.org>";
let resend: Awaited<ReturnType<typeof startFakeResend>>;

beforeEach(async () => {
  await database.db.$executeRawUnsafe(`TRUNCATE "EmailSuppression"`);
  resend = await startFakeResend(apiKey);
  process.env.RESEND_BASE_URL = resend.url;
});
afterEach(async () => {
  await resend.close();
  delete process.env.RESEND_BASE_URL;
});

function deliverer(options: { apiKey?: string; clock?: () => Date; leaseSeconds?: number } = {}) {
  const templates = createBroadcastTemplates(appUrl);
  return () =>
    deliverBroadcastBatches({
      db: database.db,
      transport: createResendTransport(options.apiKey ?? apiKey),
      templates,
      from,
      appUrl,
      secret: TEST_SECRET,
      clock: options.clock,
      leaseSeconds: options.leaseSeconds,
    });
}

/** Runs rounds until nothing is due at `clock()`. */
async function drain(deliver: () => Promise<number>) {
  while ((await deliver()) > 0) {
    // next round
  }
}

async function startedBroadcast(signers: { email: string; locale?: string }[]) {
  const campaign = await publishedCampaign(database.db, { title: "Free them" });
  const signatures = [];
  for (const signer of signers) signatures.push(await consentingSigner(database.db, campaign.id, signer.email, signer.locale));
  const update = await campaignUpdate(database.db, campaign.id, { title: "Delivered", body: "We **did** it." });
  const started = await startUpdateBroadcast(database.db, { updateId: update.id, startedById: null });
  if (!started.ok) throw new Error(started.code);
  return { campaign, signatures, broadcastId: started.broadcastId };
}

const accepted = () => Object.fromEntries(resend.acceptedPerAddress);

describe("deliverBroadcastBatches", () => {
  it("sends every recipient one email in their language with one-click unsubscribe headers, and finishes", async () => {
    const { campaign, signatures, broadcastId } = await startedBroadcast([{ email: "ann@example.org" }, { email: "min@example.org", locale: "ko" }]);
    await drain(deliverer());
    expect(resend.rejected).toEqual([]);
    expect(accepted()).toEqual({ "ann@example.org": 1, "min@example.org": 1 });
    const ann = resend.deliveredBatchEmails.find((email) => email.to[0] === "ann@example.org")!;
    const annSignature = signatures.find((signature) => signature.email === "ann@example.org")!;
    const token = unsubscribeTokenFor(TEST_SECRET, annSignature.id);
    expect(ann.from).toBe(from);
    expect(ann.subject).toBe("Free them: Delivered");
    expect(ann.headers).toEqual({
      "List-Unsubscribe": `<${appUrl}/api/unsubscribe/${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(ann.text).toContain(`${appUrl}/c/${campaign.slug}?ref=${annSignature.referralCode}&src=email`);
    expect(ann.text).toContain(`${appUrl}/unsubscribe/${token}`);
    expect(ann.html).not.toContain("Test Signer"); // the typed name is never used
    const min = resend.deliveredBatchEmails.find((email) => email.to[0] === "min@example.org")!;
    expect(min.html).toContain('lang="ko"');
    expect(resend.receivedBatches[0]!.idempotencyKey).toBe(`update-broadcast/${broadcastId}/0`);

    const recipients = await database.db.broadcastRecipient.findMany({ orderBy: { signatureId: "asc" } });
    expect(recipients.every((recipient) => recipient.status === "SENT" && /^[0-9a-f-]{36}$/.test(recipient.providerId ?? ""))).toBe(true);
    const broadcast = await database.db.updateBroadcast.findUniqueOrThrow({ where: { id: broadcastId } });
    expect(broadcast.status).toBe("DONE");
    expect(broadcast.finishedAt).not.toBeNull();
    expect(await getBroadcastProgress(database.db, broadcastId)).toMatchObject({ status: "DONE", queued: 0, sent: 2, failed: 0, skipped: 0, recipientCount: 2 });
  });

  it("sends 250 recipients in three requests of at most 100, each address exactly once", async () => {
    const campaign = await publishedCampaign(database.db);
    await insertConfirmedSignaturesInBulk(database.pool, { campaignId: campaign.id, count: 250 });
    const update = await campaignUpdate(database.db, campaign.id);
    await startUpdateBroadcast(database.db, { updateId: update.id, startedById: null });
    await drain(deliverer());
    expect(resend.receivedBatches.map((batch) => batch.to.length).sort()).toEqual([100, 100, 50]);
    expect(resend.acceptedPerAddress.size).toBe(250);
    expect([...resend.acceptedPerAddress.values()].every((count) => count === 1)).toBe(true);
  });

  it("skips signers who withdrew, unsubscribed or whose inbox is suppressed since the send started", async () => {
    const { signatures, broadcastId } = await startedBroadcast([
      { email: "stays@example.org" },
      { email: "withdrew@example.org" },
      { email: "unsubscribed@example.org" },
      { email: "Bounced+tag@Example.org" },
    ]);
    const byEmail = (email: string) => signatures.find((signature) => signature.email === email)!;
    await database.db.signature.update({ where: { id: byEmail("withdrew@example.org").id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    await database.db.signature.update({ where: { id: byEmail("unsubscribed@example.org").id }, data: { unsubscribedAt: new Date() } });
    await database.db.emailSuppression.create({ data: { addressKey: recipientKey(TEST_SECRET, "bounced@example.org"), reason: "BOUNCED" } });
    await drain(deliverer());
    expect(accepted()).toEqual({ "stays@example.org": 1 });
    const skipped = await database.db.broadcastRecipient.findMany({ where: { status: "SKIPPED" }, select: { signatureId: true, error: true } });
    expect(new Map(skipped.map((row) => [row.signatureId, row.error]))).toEqual(
      new Map([
        [byEmail("withdrew@example.org").id, "withdrawn"],
        [byEmail("unsubscribed@example.org").id, "unsubscribed"],
        [byEmail("Bounced+tag@Example.org").id, "suppressed"],
      ]),
    );
    expect(await getBroadcastProgress(database.db, broadcastId)).toMatchObject({ status: "DONE", sent: 1, skipped: 3 });
  });

  it("re-sends the same body under the same key after a crash between sending and recording, so each signer gets one", async () => {
    const { signatures } = await startedBroadcast([{ email: "a@example.org" }, { email: "b@example.org" }]);
    await drain(deliverer());
    // As if the worker died after Resend accepted the batch but before it was recorded; one
    // signer unsubscribed in between, which must not change what the retry sends.
    await database.db.broadcastBatch.updateMany({ data: { status: "PENDING", lockedUntil: null } });
    await database.db.broadcastRecipient.updateMany({ data: { status: "QUEUED", providerId: null } });
    await database.db.updateBroadcast.updateMany({ data: { status: "SENDING", finishedAt: null } });
    await database.db.signature.update({ where: { id: signatures[0]!.id }, data: { unsubscribedAt: new Date() } });
    await drain(deliverer());
    expect(resend.receivedBatches).toHaveLength(2);
    expect(resend.receivedBatches.map((batch) => batch.status)).toEqual([200, 200]);
    expect(resend.receivedBatches[1]!.emails).toEqual(resend.receivedBatches[0]!.emails);
    expect(accepted()).toEqual({ "a@example.org": 1, "b@example.org": 1 });
    expect(await database.db.broadcastRecipient.count({ where: { status: "SENT" } })).toBe(2);
  });

  it("waits as long as a 429's Retry-After says, then sends under the same key", async () => {
    const { broadcastId } = await startedBroadcast([{ email: "a@example.org" }]);
    let now = new Date();
    const deliver = deliverer({ clock: () => now });
    resend.failNext({ status: 429, retryAfter: "7" });
    await drain(deliver);
    const batch = await database.db.broadcastBatch.findFirstOrThrow();
    expect(batch).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(batch.lastError).toContain("429");
    expect(batch.nextAttemptAt.getTime()).toBe(now.getTime() + 7_000);
    now = new Date(now.getTime() + 6_999);
    expect(await deliver()).toBe(0); // not before the provider said
    now = new Date(now.getTime() + 1);
    await drain(deliver);
    expect(resend.receivedBatches.map((request) => [request.idempotencyKey, request.status])).toEqual([
      [`update-broadcast/${broadcastId}/0`, 429],
      [`update-broadcast/${broadcastId}/0`, 200],
    ]);
    expect(accepted()).toEqual({ "a@example.org": 1 });
  });

  it("retries a 500 with backoff, and loses nothing while Resend is down for a long while", async () => {
    await startedBroadcast([{ email: "a@example.org" }, { email: "b@example.org" }]);
    let now = new Date();
    const deliver = deliverer({ clock: () => now });
    resend.failNext(500, ...Array(9).fill(503));
    for (let attempt = 1; attempt <= 10; attempt++) {
      await drain(deliver);
      const batch = await database.db.broadcastBatch.findFirstOrThrow();
      expect(batch).toMatchObject({ status: "PENDING", attempts: attempt });
      now = new Date(batch.nextAttemptAt.getTime());
    }
    expect(await database.db.broadcastRecipient.count({ where: { status: "QUEUED" } })).toBe(2);
    await drain(deliver);
    expect(accepted()).toEqual({ "a@example.org": 1, "b@example.org": 1 });
    expect((await database.db.broadcastBatch.findFirstOrThrow()).status).toBe("SENT");
  });

  it("pauses the whole broadcast on a refused API key, and resumes it when asked", async () => {
    const campaign = await publishedCampaign(database.db);
    await insertConfirmedSignaturesInBulk(database.pool, { campaignId: campaign.id, count: 350 });
    const update = await campaignUpdate(database.db, campaign.id);
    const started = await startUpdateBroadcast(database.db, { updateId: update.id, startedById: null });
    if (!started.ok) throw new Error(started.code);
    await drain(deliverer({ apiKey: "re_revoked" }));
    // One refused request, not one per batch: the others wait untouched.
    expect(resend.acceptedPerAddress.size).toBe(0);
    const paused = await getBroadcastProgress(database.db, started.broadcastId);
    expect(paused).toMatchObject({ status: "PAUSED", queued: 350, sent: 0, failed: 0 });
    expect(paused!.pausedReason).toContain("401");
    expect(await database.db.broadcastBatch.count({ where: { status: "PENDING" } })).toBe(4);
    expect(await deliverer()()).toBe(0); // a paused broadcast is not sent, even with a good key

    expect(await resumeBroadcast(database.db, { broadcastId: started.broadcastId })).toEqual({ ok: true });
    expect(await resumeBroadcast(database.db, { broadcastId: started.broadcastId })).toEqual({ ok: false, code: "NOT_PAUSED" });
    await drain(deliverer());
    expect(resend.acceptedPerAddress.size).toBe(350);
    expect(await getBroadcastProgress(database.db, started.broadcastId)).toMatchObject({ status: "DONE", sent: 350, pausedReason: null });
  });

  it("records a refused request as failed for each of its recipients, and still finishes", async () => {
    const { broadcastId } = await startedBroadcast([{ email: "a@example.org" }, { email: "b@example.org" }]);
    resend.failNext(422);
    await drain(deliverer());
    const recipients = await database.db.broadcastRecipient.findMany();
    expect(recipients.map((recipient) => recipient.status)).toEqual(["FAILED", "FAILED"]);
    expect(recipients[0]!.error).toContain("422");
    expect(await getBroadcastProgress(database.db, broadcastId)).toMatchObject({ status: "DONE", failed: 2, sent: 0 });
    expect(resend.acceptedPerAddress.size).toBe(0);
  });

  it("never lets a second worker take a batch whose request is still in flight", async () => {
    await startedBroadcast([{ email: "a@example.org" }]);
    resend.holdNext(1);
    const first = deliverer()();
    await expect.poll(() => resend.heldCount, { timeout: 10_000, interval: 20 }).toBe(1);
    // Another worker, while the provider hangs on the first one's request.
    expect(await deliverer()()).toBe(0);
    resend.releaseHeld();
    expect(await first).toBe(1);
    expect(resend.receivedBatches).toHaveLength(1);
    expect(accepted()).toEqual({ "a@example.org": 1 });
  });
});
