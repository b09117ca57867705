import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { sendsPerKey, startFakeResend } from "../../test/helpers/fake-resend-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { deliverDueEmails, GIVE_UP_AFTER_MS } from "./deliver-due-emails";
import { enqueueEmail } from "./enqueue-email";
import { createResendTransport } from "./resend-transport";
import { signPetition } from "../signatures/sign-petition";
import { signatureInputSchema } from "../signatures/signature-input";

const secret = TEST_SECRET;
const apiKey = "re_test_key";
const HOUR = 60 * 60 * 1000;
const database = withTestDatabase();
let resend: Awaited<ReturnType<typeof startFakeResend>>;

beforeEach(async () => {
  resend = await startFakeResend(apiKey);
  process.env.RESEND_BASE_URL = resend.url;
});
afterEach(async () => {
  await resend.close();
  delete process.env.RESEND_BASE_URL;
});

/** One inbox, spelled three ways, signed up to `count` campaigns (as a stranger flooding it would). */
async function confirmationsToOneInbox(count: number) {
  for (let index = 0; index < count; index++) {
    const to = ["flood@example.org", "Flood@Example.ORG", `flood+petition${index}@example.org`][index % 3]!;
    const campaign = await publishedCampaign(database.db);
    const { signature } = await pendingSignature(database.db, { campaignId: campaign.id, secret, email: to });
    await database.db.$transaction((tx) =>
      enqueueEmail({
        tx,
        idempotencyKey: `flood-${index}`,
        to,
        locale: "en",
        payload: { kind: "signature-confirmation", signatureId: signature.id, campaignTitle: "T" },
      }),
    );
  }
}

const deliver = (now: Date, batchSize?: number) =>
  deliverDueEmails({
    db: database.db,
    transport: createResendTransport(apiKey),
    from: "Chorus <no-reply@chorus.example.org>",
    appUrl: "https://chorus.example.org",
    secret,
    recipientLimits: { perHour: 3, perDay: 10 },
    now,
    batchSize,
  });

const statuses = async () => {
  const rows = await database.db.emailMessage.findMany();
  return {
    sent: rows.filter((row) => row.status === "SENT").length,
    pending: rows.filter((row) => row.status === "PENDING"),
    failed: rows.filter((row) => row.status === "FAILED").length,
  };
};

describe("the per-recipient cap on confirmation emails", () => {
  it("sends one inbox its hourly cap now and postpones the rest, uncounted, until the windows allow", async () => {
    await confirmationsToOneInbox(15);
    const start = new Date();

    expect(await deliver(start)).toBe(15);
    expect(resend.received).toHaveLength(3);
    const state = await statuses();
    expect(state).toMatchObject({ sent: 3, failed: 0 });
    expect(state.pending).toHaveLength(12);
    for (const row of state.pending) {
      // Postponed, not failed: no attempt counted, no error, due when the hour is over.
      expect(row).toMatchObject({ attempts: 0, lastError: null, lockedUntil: null });
      expect(row.nextAttemptAt.getTime()).toBe(start.getTime() + HOUR);
    }
    expect(await deliver(new Date(start.getTime() + HOUR / 2))).toBe(0);

    // Three an hour until ten in the day, then the rest when the day is over.
    const sentAfter = [];
    for (const hours of [1, 2, 3, 4, 24, 25]) {
      await deliver(new Date(start.getTime() + hours * HOUR));
      sentAfter.push(resend.received.length);
    }
    expect(sentAfter).toEqual([6, 9, 10, 10, 13, 15]);
    expect(await statuses()).toMatchObject({ sent: 15, failed: 0, pending: [] });
    expect([...sendsPerKey(resend.received).values()].every((sends) => sends === 1)).toBe(true);

    // The counters know the inbox only by a keyed hash.
    const keys = await database.db.rateLimit.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some(({ key }) => key.includes("flood") || key.includes("example"))).toBe(false);
  });

  it("sends the newest first when the window reopens: in a flood, the one the inbox's owner just asked for", async () => {
    await confirmationsToOneInbox(7);
    const start = new Date();
    await deliver(start);
    await deliver(new Date(start.getTime() + HOUR));
    const sent = resend.received.map((request) => request.idempotencyKey);
    expect(sent).toEqual(["flood-0", "flood-1", "flood-2", "flood-6", "flood-5", "flood-4"]);
  });

  it("holds when several workers deliver at the same time", async () => {
    await confirmationsToOneInbox(15);
    const now = new Date();
    await Promise.all([deliver(now, 5), deliver(now, 5), deliver(now, 5)]);
    expect(resend.received).toHaveLength(3);
    expect((await statuses()).pending).toHaveLength(12);
  });

  it("gives up a confirmation the cap would hold past the 48 hours, and only that one", async () => {
    await confirmationsToOneInbox(5);
    const now = new Date();
    const [oldest] = await database.db.emailMessage.findMany({ where: { idempotencyKey: "flood-4" } });
    await database.db.emailMessage.update({
      where: { id: oldest!.id },
      data: { createdAt: new Date(now.getTime() - GIVE_UP_AFTER_MS + HOUR / 2) },
    });
    await deliver(now);
    const state = await statuses();
    expect(state).toMatchObject({ sent: 3, failed: 1 });
    expect(state.pending).toHaveLength(1);
    const failed = await database.db.emailMessage.findFirstOrThrow({ where: { status: "FAILED" } });
    expect(failed.idempotencyKey).toBe("flood-4");
    expect(failed.lastError).toContain("recipient cap");
  });
});

describe("confirmations that are no longer due", () => {
  const signAt = (slug: string, now: Date) =>
    signPetition({
      db: database.db,
      secret,
      campaignSlug: slug,
      input: signatureInputSchema.parse({ name: "Vera", email: "vera@example.org", country: "KR" }),
      locale: "en",
      ipHash: null,
      now,
    });

  it("are skipped before the cap: a stranger's repeated re-sends cannot use up the owner's allowance", async () => {
    // In the past, so that every queued email is due now (the outbox stamps rows with the database's clock).
    const t0 = new Date(Date.now() - 60 * 60_000);
    const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
    const flooded = await publishedCampaign(database.db);
    const wanted = await publishedCampaign(database.db);
    // A stranger signs the owner's address on one campaign and signs again every 11 minutes.
    for (const at of [0, 11, 22, 33]) await signAt(flooded.slug, minutes(at));
    // The owner signs another campaign.
    await signAt(wanted.slug, minutes(34));

    await deliverDueEmails({
      db: database.db,
      transport: createResendTransport(apiKey),
      from: "Chorus <no-reply@chorus.example.org>",
      appUrl: "https://chorus.example.org",
      secret,
      recipientLimits: { perHour: 2, perDay: 10 },
      now: new Date(Date.now() + 1000),
    });
    const rows = await database.db.emailMessage.findMany({ orderBy: { idempotencyKey: "asc" } });
    expect(rows.filter((row) => row.status === "SENT")).toHaveLength(2);
    expect(rows.filter((row) => row.status === "PENDING")).toHaveLength(0);
    expect(rows.filter((row) => row.lastError?.startsWith("skipped"))).toHaveLength(3);
    expect(resend.delivered).toHaveLength(2);
  });

  it("are skipped once the signature is confirmed", async () => {
    const campaign = await publishedCampaign(database.db);
    await signAt(campaign.slug, new Date());
    await database.db.signature.updateMany({ data: { status: "CONFIRMED", confirmedAt: new Date() } });
    await deliver(new Date());
    expect(resend.delivered).toHaveLength(0);
    expect((await database.db.emailMessage.findFirstOrThrow()).status).toBe("FAILED");
  });
});
