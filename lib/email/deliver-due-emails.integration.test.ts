import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { sendsPerKey, startFakeResend } from "../../test/helpers/fake-resend-server";
import { createTestDatabase, resetDatabase, type TestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "../signatures/confirm-signature";
import { confirmationTokenFor } from "../signatures/confirmation-token";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import { deliverDueEmails, GIVE_UP_AFTER_MS, retryDelayMs, SEND_TIMEOUT_MS } from "./deliver-due-emails";
import { enqueueEmail } from "./enqueue-email";
import { createResendTransport } from "./resend-transport";

const secret = "integration-secret-integration-secret";
const apiKey = "re_test_key";
const appUrl = "https://chorus.example.org";
const from = "Chorus <no-reply@chorus.example.org>";
let database: TestDatabase;
let resend: Awaited<ReturnType<typeof startFakeResend>>;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());
beforeEach(async () => {
  await resetDatabase(database.db);
  resend = await startFakeResend(apiKey);
  process.env.RESEND_BASE_URL = resend.url;
});
afterEach(async () => {
  await resend.close();
  delete process.env.RESEND_BASE_URL;
});

async function queueConfirmation(locale: "en" | "ko" = "en", key = "k1", to = "ann@example.org") {
  const campaign = await publishedCampaign(database.db, { title: "Free them" });
  const { signature } = await pendingSignature(database.db, { campaignId: campaign.id, secret, email: to });
  await database.db.$transaction((tx) =>
    enqueueEmail({
      tx,
      idempotencyKey: key,
      to,
      locale,
      payload: { kind: "signature-confirmation", signatureId: signature.id, campaignTitle: "Free them" },
    }),
  );
  return signature;
}

const deliver = (now?: Date) =>
  deliverDueEmails({ db: database.db, transport: createResendTransport(apiKey), from, appUrl, secret, now });

describe("deliverDueEmails through Resend", () => {
  it("sends the rendered email with its idempotency key and marks it sent", async () => {
    const signature = await queueConfirmation();
    expect(await deliver()).toBe(1);

    expect(resend.rejected).toEqual([]);
    expect(resend.delivered).toHaveLength(1);
    const request = resend.delivered[0]!;
    expect(request.idempotencyKey).toBe("k1");
    expect(request.body.from).toBe(from);
    expect(request.body.to).toEqual(["ann@example.org"]);
    expect(request.body.subject).toBe("Confirm your signature: Free them");
    const link = `${appUrl}/confirm/${confirmationTokenFor(secret, signature.id)}`;
    expect(request.body.html).toContain(link);
    expect(request.body.text).toContain(link);
    expect(request.body.text).toContain("Hello,");

    const row = await database.db.emailMessage.findUniqueOrThrow({ where: { idempotencyKey: "k1" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null });
    expect(row.providerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await deliver()).toBe(0);
  });

  it("re-sends with the same idempotency key after a crash between sending and marking", async () => {
    await queueConfirmation();
    await deliver();
    // As if the process died after Resend accepted the email but before the row was marked.
    await database.db.emailMessage.updateMany({ data: { status: "PENDING", lockedUntil: null } });
    await deliver();
    // Sent again, under the same key, so Resend delivers it once.
    expect(resend.received.map((request) => request.idempotencyKey)).toEqual(["k1", "k1"]);
    expect(resend.delivered).toHaveLength(1);
    expect((await database.db.emailMessage.findFirstOrThrow()).status).toBe("SENT");
  });

  it("renders in the signer's language", async () => {
    await queueConfirmation("ko");
    await deliver();
    expect(resend.delivered[0]!.body.subject).toBe("서명을 확인해 주세요: Free them");
    expect(resend.delivered[0]!.body.html).toContain('lang="ko"');
  });

  it("retries 429 and 500 answers with backoff, then sends once", async () => {
    await queueConfirmation();
    resend.failNext(429, 500);
    const start = new Date();
    await deliver(start);
    let row = await database.db.emailMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("429");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(start.getTime());

    expect(await deliver(start)).toBe(0); // not due yet
    await deliver(new Date(row.nextAttemptAt.getTime() + 1));
    row = await database.db.emailMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.lastError).toContain("500");

    await deliver(new Date(row.nextAttemptAt.getTime() + 1));
    row = await database.db.emailMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 3 });
    expect(resend.delivered).toHaveLength(1);
  });

  it("gives up at once on an answer that retrying cannot fix", async () => {
    await queueConfirmation();
    resend.failNext(422);
    await deliver();
    const row = await database.db.emailMessage.findFirstOrThrow();
    expect(row.status).toBe("FAILED");
    expect(resend.delivered).toHaveLength(0);
  });

  it("keeps retrying transient failures for two days, then gives up", async () => {
    await queueConfirmation();
    resend.failNext(...Array(12).fill(503));
    let now = new Date();
    for (let attempt = 0; attempt < 10; attempt++) {
      await deliver(now);
      const row = await database.db.emailMessage.findFirstOrThrow();
      expect(row.status).toBe("PENDING");
      now = new Date(row.nextAttemptAt.getTime() + 1);
    }
    const row = await database.db.emailMessage.findFirstOrThrow();
    await deliver(new Date(row.createdAt.getTime() + GIVE_UP_AFTER_MS + 1));
    expect((await database.db.emailMessage.findFirstOrThrow()).status).toBe("FAILED");
    expect(resend.delivered).toHaveLength(0);
  });

  it("sends each message once when several workers drain the outbox together", async () => {
    for (let index = 0; index < 30; index++) await queueConfirmation("en", `key-${index}`, `signer-${index}@example.org`);
    const claimed = await Promise.all(Array.from({ length: 4 }, () => deliver()));
    // Every request the provider saw, repeats included: each message exactly once.
    expect([...sendsPerKey(resend.received).values()].filter((sends) => sends > 1)).toEqual([]);
    expect(resend.received).toHaveLength(30);
    expect(claimed.reduce((sum, count) => sum + count, 0)).toBe(30);
  });

  it("enqueues a message once per idempotency key", async () => {
    await queueConfirmation("en", "same");
    const signature = await database.db.signature.findFirstOrThrow();
    await database.db.$transaction((tx) =>
      enqueueEmail({
        tx,
        idempotencyKey: "same",
        to: "ann@example.org",
        locale: "en",
        payload: { kind: "signature-confirmation", signatureId: signature.id, campaignTitle: "Free them" },
      }),
    );
    expect(await database.db.emailMessage.count()).toBe(1);
  });
});

describe("confirmation links after a secret rotation", () => {
  it("re-keys the stored token when it sends, so a link built with the new secret confirms", async () => {
    const oldSecret = "the-secret-before-rotation-0123456789";
    const campaign = await publishedCampaign(database.db, { title: "Free them" });
    const { signature } = await pendingSignature(database.db, { campaignId: campaign.id, secret: oldSecret });
    await database.db.$transaction((tx) =>
      enqueueEmail({
        tx,
        idempotencyKey: "rotated",
        to: signature.email,
        locale: "en",
        payload: { kind: "signature-confirmation", signatureId: signature.id, campaignTitle: "Free them" },
      }),
    );
    await deliver(); // under the current secret
    const token = /\/confirm\/([A-Za-z0-9_-]{43})/.exec(resend.delivered[0]!.body.text)?.[1];
    expect(token).toBeDefined();
    expect(await confirmSignature({ db: database.db, token: token! })).toMatchObject({ ok: true });
  });
});

describe("claims on a hung provider", () => {
  const deliverWith = (clock: () => Date, batchSize?: number) =>
    deliverDueEmails({ db: database.db, transport: createResendTransport(apiKey), from, appUrl, secret, clock, batchSize });
  const heldRequests = () => expect.poll(() => resend.heldCount, { timeout: 10_000, interval: 20 });

  it("sends a message once when its batch outlasts the first lease and a second worker comes", async () => {
    for (let index = 0; index < 6; index++) await queueConfirmation("en", `slow-${index}`, `signer-${index}@example.org`);
    let current = new Date();
    const clock = () => current;
    resend.holdNext(5);
    const first = deliverWith(clock, 6);
    // Each of the first four sends takes as long as a send may, so the fifth starts two
    // minutes after the batch was claimed, when the batch's first lease has run out.
    for (let index = 0; index < 4; index++) {
      await heldRequests().toBe(1);
      current = new Date(current.getTime() + SEND_TIMEOUT_MS);
      resend.releaseHeld();
    }
    await heldRequests().toBe(1);
    current = new Date(current.getTime() + 1_000);
    // Another worker, while the fifth send hangs: it may take the sixth, which the first
    // worker has not started, but not the fifth.
    const secondClaimed = await deliverWith(clock);
    resend.releaseHeld();
    expect(await first).toBe(6);

    expect([...sendsPerKey(resend.received).entries()].filter(([, sends]) => sends > 1)).toEqual([]);
    expect(resend.received).toHaveLength(6);
    expect(secondClaimed).toBe(1);
    const rows = await database.db.emailMessage.findMany();
    expect(rows.map((row) => row.status)).toEqual(Array(6).fill("SENT"));
  });

  it("computes the backoff from when the send failed, not from when the batch started", async () => {
    await queueConfirmation();
    const start = new Date();
    let current = start;
    resend.holdNext(1);
    resend.failNext(503);
    const delivering = deliverWith(() => current);
    await heldRequests().toBe(1);
    current = new Date(start.getTime() + 25_000);
    resend.releaseHeld();
    await delivering;
    const row = await database.db.emailMessage.findFirstOrThrow();
    expect(row.status).toBe("PENDING");
    expect(row.nextAttemptAt.getTime()).toBe(current.getTime() + retryDelayMs(1));
  });

  it("gives up when the failure comes after the 48 hours, though the batch started before", async () => {
    await queueConfirmation();
    const { createdAt } = await database.db.emailMessage.findFirstOrThrow();
    let current = new Date(createdAt.getTime() + GIVE_UP_AFTER_MS - 10_000);
    resend.holdNext(1);
    resend.failNext(503);
    const delivering = deliverWith(() => current);
    await heldRequests().toBe(1);
    current = new Date(createdAt.getTime() + GIVE_UP_AFTER_MS + 20_000);
    resend.releaseHeld();
    await delivering;
    expect((await database.db.emailMessage.findFirstOrThrow()).status).toBe("FAILED");
  });
});

describe("the development mailbox transport", () => {
  it("stores each message once, however often it is retried", async () => {
    await queueConfirmation();
    const transport = createDevMailboxTransport(database.db);
    await deliverDueEmails({ db: database.db, transport, from, appUrl, secret });
    const outbox = await database.db.emailMessage.findFirstOrThrow();
    const email = { outboxId: outbox.id, idempotencyKey: "k1", from, to: "ann@example.org", subject: "s", html: "h", text: "t" };
    await transport.send(email);
    const messages = await database.db.devMailboxMessage.findMany();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ toAddress: "ann@example.org", subject: "Confirm your signature: Free them" });
  });
});
