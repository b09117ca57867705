import type pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { closedCampaign, draftCampaign, expiredCampaign, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { hashConfirmationToken, confirmationTokenFor } from "./confirmation-token";
import { CONSENT_WORDING_VERSION, signPetition } from "./sign-petition";
import { RESEND_INTERVAL_MS } from "./resend-confirmation";
import { signatureInputSchema } from "./signature-input";

const secret = TEST_SECRET;
/** Every answer carries a code of this shape, whether or not a signature was created. */
const REFERRAL_CODE = expect.stringMatching(/^[A-Za-z0-9_-]{12}$/);
const database = withTestDatabase();

const input = (overrides: Record<string, unknown> = {}) =>
  signatureInputSchema.parse({ name: "Min-jun", email: "min@example.org", country: "KR", consentUpdates: true, ...overrides });

function sign(slug: string, overrides: Record<string, unknown> = {}, now?: Date, db = database.db) {
  return signPetition({ db, secret, campaignSlug: slug, input: input(overrides), locale: "ko", ipHash: "iphash", now });
}

/**
 * A client of the test database whose connections record every statement they send, to
 * compare the database work of two paths without timing them.
 */
function recordingClient() {
  const statements: string[] = [];
  const { prisma, pool } = createDb(database.url, 2);
  pool.on("connect", (client: pg.PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (config: unknown, ...rest: unknown[]) => {
      statements.push(typeof config === "string" ? config : (config as { text: string }).text);
      return query(config, ...rest);
    };
  });
  const close = async () => {
    await prisma.$disconnect();
    await pool.end();
  };
  return { db: prisma, statements, close };
}

const openClients: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(openClients.splice(0).map((client) => client.close()));
});

describe("signPetition", () => {
  it("creates a pending signature and its confirmation email together", async () => {
    const campaign = await publishedCampaign(database.db);
    expect(await sign(campaign.slug)).toEqual({ ok: true, outcome: "created", referralCode: REFERRAL_CODE });

    const signature = await database.db.signature.findFirstOrThrow({
      omit: { confirmationTokenHash: false, ipHash: false },
    });
    expect(signature).toMatchObject({
      campaignId: campaign.id,
      email: "min@example.org",
      status: "PENDING",
      locale: "ko",
      consentUpdates: true,
      consentWording: `${CONSENT_WORDING_VERSION}:ko`,
      ipHash: "iphash",
    });
    expect(signature.consentAt).toBeInstanceOf(Date);
    // Only the hash of the emailed token is stored.
    expect(signature.confirmationTokenHash).toBe(hashConfirmationToken(confirmationTokenFor(secret, signature.id)));

    const emails = await database.db.emailMessage.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ toAddress: "min@example.org", locale: "ko", status: "PENDING" });
    expect(emails[0]!.payload).toMatchObject({ kind: "signature-confirmation", signatureId: signature.id });
  });

  it("stores no consent time or wording when the signer did not consent", async () => {
    const campaign = await publishedCampaign(database.db);
    await sign(campaign.slug, { consentUpdates: false });
    const signature = await database.db.signature.findFirstOrThrow();
    expect(signature).toMatchObject({ consentUpdates: false, consentWording: null, consentAt: null });
  });

  it("treats the same email in another case or with spaces as the same signer", async () => {
    const campaign = await publishedCampaign(database.db);
    const first = new Date("2026-01-01T10:00:00Z");
    await sign(campaign.slug, {}, first);
    const again = await sign(campaign.slug, { email: "  MIN@Example.ORG " }, new Date(first.getTime() + 60_000));
    expect(again).toEqual({ ok: true, outcome: "unchanged", referralCode: REFERRAL_CODE });
    expect(await database.db.signature.count()).toBe(1);
    expect(await database.db.emailMessage.count()).toBe(1);
  });

  it("re-sends the confirmation at most once per 10 minutes", async () => {
    const campaign = await publishedCampaign(database.db);
    const first = new Date("2026-01-01T10:00:00Z");
    await sign(campaign.slug, {}, first);
    const later = new Date(first.getTime() + RESEND_INTERVAL_MS + 1);
    expect(await sign(campaign.slug, {}, later)).toEqual({ ok: true, outcome: "resent", referralCode: REFERRAL_CODE });
    expect(await sign(campaign.slug, {}, new Date(later.getTime() + 1000))).toEqual({ ok: true, outcome: "unchanged", referralCode: REFERRAL_CODE });
    const emails = await database.db.emailMessage.findMany({ orderBy: { createdAt: "asc" } });
    expect(emails).toHaveLength(2);
    expect(new Set(emails.map((email) => email.idempotencyKey)).size).toBe(2);
  });

  it("does not re-send for a signature that is already confirmed", async () => {
    const campaign = await publishedCampaign(database.db);
    const first = new Date("2026-01-01T10:00:00Z");
    await sign(campaign.slug, {}, first);
    await database.db.signature.updateMany({ data: { status: "CONFIRMED" } });
    const later = new Date(first.getTime() + 2 * RESEND_INTERVAL_MS);
    expect(await sign(campaign.slug, {}, later)).toEqual({ ok: true, outcome: "unchanged", referralCode: REFERRAL_CODE });
    expect(await database.db.emailMessage.count()).toBe(1);
  });

  it("does the same database work for an address that signed before as for a new one: one statement", async () => {
    // Issue 6, item 10: a returning signer cost an extra interactive transaction, a timing signal.
    const campaign = await publishedCampaign(database.db);
    const recorder = recordingClient();
    openClients.push(recorder);
    const first = new Date("2026-01-01T10:00:00Z");
    const workOf = async (email: string, now: Date) => {
      recorder.statements.length = 0;
      const result = await sign(campaign.slug, { email }, now, recorder.db);
      return { result, statements: [...recorder.statements] };
    };

    const created = await workOf("new@example.org", first);
    expect(created.result).toEqual({ ok: true, outcome: "created", referralCode: REFERRAL_CODE });
    expect(created.statements).toHaveLength(1);
    expect(created.statements[0]).not.toMatch(/^\s*BEGIN/i);

    // The row's version (xmin) moves only when the statement writes it; a statement that
    // writes nothing commits without waiting for the disk, which would time differently.
    const rowVersion = async () =>
      (await database.db.$queryRaw<{ v: string }[]>`SELECT xmin::text AS v FROM "Signature" WHERE "email" = 'new@example.org'`)[0]!.v;
    const beforeUnchanged = await rowVersion();
    const unchanged = await workOf("new@example.org", new Date(first.getTime() + 60_000));
    expect(unchanged.result).toEqual({ ok: true, outcome: "unchanged", referralCode: REFERRAL_CODE });
    expect(unchanged.statements).toEqual(created.statements);
    expect(await rowVersion()).not.toBe(beforeUnchanged);

    const resent = await workOf("new@example.org", new Date(first.getTime() + RESEND_INTERVAL_MS + 60_000));
    expect(resent.result).toEqual({ ok: true, outcome: "resent", referralCode: REFERRAL_CODE });
    expect(resent.statements).toEqual(created.statements);

    await database.db.signature.updateMany({ data: { status: "CONFIRMED" } });
    const beforeConfirmed = await rowVersion();
    const confirmed = await workOf("new@example.org", new Date(first.getTime() + 3 * RESEND_INTERVAL_MS));
    expect(confirmed.result).toEqual({ ok: true, outcome: "unchanged", referralCode: REFERRAL_CODE });
    expect(confirmed.statements).toEqual(created.statements);
    expect(await rowVersion()).not.toBe(beforeConfirmed);
  });

  it("re-sends with the same email payload and idempotency key format as the first email, without re-keying the link", async () => {
    const campaign = await publishedCampaign(database.db);
    const first = new Date("2026-01-01T10:00:00Z");
    await sign(campaign.slug, { name: "Min-jun" }, first);
    const before = await database.db.signature.findFirstOrThrow({ omit: { confirmationTokenHash: false } });
    const later = new Date(first.getTime() + RESEND_INTERVAL_MS + 1);
    // A stranger's name on the second submission is not put into the owner's email.
    expect(await sign(campaign.slug, { name: "Someone Else" }, later)).toEqual({ ok: true, outcome: "resent", referralCode: REFERRAL_CODE });

    const after = await database.db.signature.findFirstOrThrow({ omit: { confirmationTokenHash: false } });
    expect(after.confirmationSentAt).toEqual(later);
    expect(after.tokenExpiresAt.getTime()).toBe(later.getTime() + 7 * 24 * 60 * 60 * 1000);
    expect(after.confirmationTokenHash).toBe(before.confirmationTokenHash);
    expect(after.name).toBe("Min-jun");

    const emails = await database.db.emailMessage.findMany({ orderBy: { createdAt: "asc" } });
    expect(emails.map((email) => email.idempotencyKey)).toEqual([
      `signature-confirmation:${before.id}:${first.getTime()}`,
      `signature-confirmation:${before.id}:${later.getTime()}`,
    ]);
    expect(emails[1]).toMatchObject({ toAddress: "min@example.org", locale: "ko", kind: "signature-confirmation" });
    expect(emails[1]!.payload).toEqual({
      kind: "signature-confirmation",
      signatureId: before.id,
      campaignTitle: campaign.title,
    });
    expect(emails[0]!.payload).toEqual(emails[1]!.payload);
  });

  it("makes 25 simultaneous submits of one email into one signature and one email", async () => {
    const campaign = await publishedCampaign(database.db);
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => sign(campaign.slug, {}, now)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && result.outcome === "created")).toHaveLength(1);
    expect(await database.db.signature.count()).toBe(1);
    expect(await database.db.emailMessage.count()).toBe(1);
  });

  it("sends two racing re-sends as one email", async () => {
    const campaign = await publishedCampaign(database.db);
    const first = new Date("2026-01-01T10:00:00Z");
    await sign(campaign.slug, {}, first);
    const later = new Date(first.getTime() + RESEND_INTERVAL_MS + 5);
    const results = await Promise.all(Array.from({ length: 10 }, () => sign(campaign.slug, {}, later)));
    expect(results.filter((result) => result.ok && result.outcome === "resent")).toHaveLength(1);
    expect(await database.db.emailMessage.count()).toBe(2);
  });

  it.each([
    ["unknown", async () => "no-such-campaign", "CAMPAIGN_NOT_FOUND"],
    ["draft", async () => (await draftCampaign(database.db)).slug, "CAMPAIGN_NOT_FOUND"],
    ["closed", async () => (await closedCampaign(database.db)).slug, "CAMPAIGN_CLOSED"],
    ["past its deadline", async () => (await expiredCampaign(database.db)).slug, "CAMPAIGN_CLOSED"],
  ])("refuses a campaign that is %s and writes nothing", async (_label, makeSlug, code) => {
    expect(await sign(await makeSlug())).toEqual({ ok: false, code });
    expect(await database.db.signature.count()).toBe(0);
    expect(await database.db.emailMessage.count()).toBe(0);
  });
});
