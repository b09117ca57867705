import { randomUUID } from "node:crypto";
import { Webhook } from "svix";
import { beforeEach, describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { signatureRow } from "../../test/signature-rows";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { suppressionOf } from "../unsubscribe/is-suppressed";
import { handleResendWebhook } from "./handle-resend-webhook";

const secret = TEST_SECRET;
// A webhook signing secret in Resend's (Svix's) form: whsec_ and base64 key bytes.
const webhookSecret = `whsec_${Buffer.from("chorus-test-webhook-signing-key!").toString("base64")}`;
const database = withTestDatabase();

beforeEach(() => database.db.emailSuppression.deleteMany());

/** A payload as Resend sends it, signed by the svix library's own signer. */
function signedRequest(payload: unknown, options: { at?: Date; key?: string } = {}) {
  const rawBody = JSON.stringify(payload);
  const id = `msg_${randomUUID()}`;
  const at = options.at ?? new Date();
  const signature = new Webhook(options.key ?? webhookSecret).sign(id, at, rawBody);
  const headers = new Headers({ "svix-id": id, "svix-timestamp": String(Math.floor(at.getTime() / 1000)), "svix-signature": signature });
  return { rawBody, headers };
}

function event(type: string, emailId: string, extra: Record<string, unknown> = {}) {
  return {
    type,
    created_at: new Date().toISOString(),
    data: {
      created_at: new Date().toISOString(),
      email_id: emailId,
      from: "Chorus <no-reply@chorus.example.org>",
      to: ["mina@example.org"],
      subject: "An update",
      ...extra,
    },
  };
}

const handle = (request: { rawBody: string; headers: Headers }, key: string | undefined = webhookSecret) =>
  handleResendWebhook({ db: database.db, secret, webhookSecret: key, ...request });

async function sentMessage(providerId: string) {
  return database.db.emailMessage.create({
    data: { idempotencyKey: randomUUID(), kind: "notice", toAddress: "mina@example.org", locale: "en", payload: {}, status: "SENT", providerId },
  });
}

async function sentBroadcastRecipient(providerId: string) {
  const campaign = await publishedCampaign(database.db);
  const signature = await signatureRow(database.db, { campaignId: campaign.id, consentUpdates: true, email: "mina@example.org" });
  const update = await database.db.campaignUpdate.create({ data: { campaignId: campaign.id, title: "News", body: "Body", publishedAt: new Date() } });
  const broadcast = await database.db.updateBroadcast.create({ data: { updateId: update.id, recipientCount: 1 } });
  const batch = await database.db.broadcastBatch.create({ data: { broadcastId: broadcast.id, seq: 0, idempotencyKey: randomUUID(), status: "SENT" } });
  return database.db.broadcastRecipient.create({
    data: { broadcastId: broadcast.id, signatureId: signature.id, batchId: batch.id, status: "SENT", providerId },
  });
}

const statusOf = async (id: string) => (await database.db.emailMessage.findUniqueOrThrow({ where: { id } })).deliveryStatus;

describe("handleResendWebhook", () => {
  it("records delivery on the outbox row and the broadcast recipient matched by the provider's id", async () => {
    const message = await sentMessage("re-1");
    const recipient = await sentBroadcastRecipient("re-2");
    expect(await handle(signedRequest(event("email.delivered", "re-1")))).toEqual({ status: 200, body: { ok: true, recorded: true, matched: 1 } });
    expect(await handle(signedRequest(event("email.delivered", "re-2")))).toMatchObject({ status: 200 });
    expect(await statusOf(message.id)).toBe("delivered");
    const stored = await database.db.broadcastRecipient.findUniqueOrThrow({
      where: { broadcastId_signatureId: { broadcastId: recipient.broadcastId, signatureId: recipient.signatureId } },
    });
    expect(stored.deliveryStatus).toBe("delivered");
    expect(await suppressionOf(database.db, secret, "mina@example.org")).toBeNull();
  });

  it("suppresses the inbox on a hard bounce and on a complaint, by keyed hash only", async () => {
    const message = await sentMessage("re-bounce");
    const bounce = event("email.bounced", "re-bounce", { bounce: { type: "Permanent", subType: "General", message: "no such user" } });
    expect(await handle(signedRequest(bounce))).toMatchObject({ status: 200 });
    expect(await statusOf(message.id)).toBe("bounced");
    expect(await suppressionOf(database.db, secret, "Mina@Example.org")).toBe("BOUNCED");
    expect(JSON.stringify(await database.db.emailSuppression.findMany())).not.toContain("mina");

    await sentMessage("re-complaint");
    const complaint = { ...event("email.complained", "re-complaint"), data: { ...event("email.complained", "re-complaint").data, to: ["jun@example.org"] } };
    expect(await handle(signedRequest(complaint))).toMatchObject({ status: 200 });
    expect(await suppressionOf(database.db, secret, "jun@example.org")).toBe("COMPLAINED");
  });

  it("records a soft bounce without suppressing anyone", async () => {
    const message = await sentMessage("re-soft");
    await handle(signedRequest(event("email.bounced", "re-soft", { bounce: { type: "Transient", subType: "MailboxFull", message: "full" } })));
    expect(await statusOf(message.id)).toBe("soft_bounced");
    expect(await suppressionOf(database.db, secret, "mina@example.org")).toBeNull();
  });

  it("is harmless for unknown ids, repeats, events out of order and events it does not use", async () => {
    expect(await handle(signedRequest(event("email.delivered", "re-unknown")))).toEqual({ status: 200, body: { ok: true, recorded: true, matched: 0 } });
    const message = await sentMessage("re-3");
    const bounce = signedRequest(event("email.bounced", "re-3", { bounce: { type: "Permanent" } }));
    await handle(bounce);
    // The same delivery twice (Resend retries), then a late "delivered": the bounce stands.
    expect(await handle(bounce)).toMatchObject({ status: 200 });
    await handle(signedRequest(event("email.delivered", "re-3")));
    await handle(signedRequest(event("email.sent", "re-3")));
    expect(await statusOf(message.id)).toBe("bounced");
    expect(await database.db.emailSuppression.count()).toBe(1);
    expect(await handle(signedRequest(event("email.opened", "re-3")))).toEqual({ status: 200, body: { ok: true, recorded: false } });
    expect(await handle(signedRequest({ type: "contact.created", created_at: "x", data: { id: "c" } }))).toMatchObject({ status: 200 });
    expect(await statusOf(message.id)).toBe("bounced");
  });

  it("refuses unsigned, wrongly signed, altered and stale payloads with 401 and changes nothing", async () => {
    const message = await sentMessage("re-4");
    const complaint = event("email.complained", "re-4");
    const unsigned = { rawBody: JSON.stringify(complaint), headers: new Headers() };
    expect(await handle(unsigned)).toMatchObject({ status: 401, body: { error: { code: "SIGNATURE_MISSING" } } });

    const otherKey = `whsec_${Buffer.from("somebody-elses-webhook-signing!!").toString("base64")}`;
    expect(await handle(signedRequest(complaint, { key: otherKey }))).toMatchObject({ status: 401, body: { error: { code: "SIGNATURE_INVALID" } } });

    const altered = signedRequest(complaint);
    altered.rawBody = altered.rawBody.replace("mina@example.org", "other@example.org");
    expect(await handle(altered)).toMatchObject({ status: 401 });

    const stale = signedRequest(complaint, { at: new Date(Date.now() - 6 * 60_000) });
    expect(await handle(stale)).toMatchObject({ status: 401, body: { error: { code: "SIGNATURE_INVALID" } } });

    expect(await statusOf(message.id)).toBeNull();
    expect(await database.db.emailSuppression.count()).toBe(0);
  });

  it("answers 503 when no webhook secret is set, and 400 for a signed body that is not an event", async () => {
    expect(await handleResendWebhook({ db: database.db, secret, webhookSecret: undefined, ...signedRequest(event("email.complained", "re-5")) })).toMatchObject({
      status: 503,
      body: { error: { code: "WEBHOOK_NOT_CONFIGURED" } },
    });
    expect(await handle(signedRequest({ nope: true }))).toMatchObject({ status: 400, body: { error: { code: "INVALID_EVENT" } } });
    expect(await database.db.emailSuppression.count()).toBe(0);
  });
});
