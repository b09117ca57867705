import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { createSignDurationTracker, type SignDurationTracker } from "../security/sign-duration-tracker";
import { createSignRateLimiter, type SignRateLimiter } from "../security/sign-rate-limiter";
import { RESEND_INTERVAL_MS } from "./resend-confirmation";
import { submitSignature } from "./submit-signature";

const secret = TEST_SECRET;
const database = withTestDatabase();

type Extra = { now?: Date; durations?: SignDurationTracker; sleep?: (ms: number) => Promise<void>; clock?: () => number };

// One limiter per limit, as one process has: its first level counts in memory.
const limiters = new Map<number, SignRateLimiter>();
const limiterFor = (limits: { perIpPerMinute: number }) => {
  if (!limiters.has(limits.perIpPerMinute)) limiters.set(limits.perIpPerMinute, createSignRateLimiter(database.pool, limits));
  return limiters.get(limits.perIpPerMinute)!;
};

function submit(slug: string, rawInput: Record<string, unknown>, limits = { perIpPerMinute: 100 }, ip = "198.51.100.7", extra: Extra = {}) {
  return submitSignature({
    db: database.db,
    limiter: limiterFor(limits),
    secret,
    campaignSlug: slug,
    rawInput,
    locale: "en",
    ip,
    sleep: async () => {},
    ...extra,
  });
}

const valid = { name: "Ann", email: "ann@example.org", country: "GB", consentUpdates: false };

describe("submitSignature", () => {
  it("returns field errors for invalid input and writes nothing", async () => {
    const campaign = await publishedCampaign(database.db);
    const result = await submit(campaign.slug, { name: "", email: "nope", country: "ZZ" });
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION_FAILED",
      fields: { name: "nameRequired", email: "emailInvalid", country: "countryInvalid" },
    });
    expect(await database.db.signature.count()).toBe(0);
  });

  it("answers a bot that filled the honeypot like a person, and stores nothing", async () => {
    const campaign = await publishedCampaign(database.db);
    expect(await submit(campaign.slug, { ...valid, hp: "http://spam.example" })).toEqual({ ok: true, email: "ann@example.org", referralCode: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/) });
    expect(await database.db.signature.count()).toBe(0);
    expect(await database.db.emailMessage.count()).toBe(0);
  });

  it("stores a hash of the address, never the address", async () => {
    const campaign = await publishedCampaign(database.db);
    await submit(campaign.slug, valid);
    const signature = await database.db.signature.findFirstOrThrow({ omit: { ipHash: false } });
    expect(signature.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(signature)).not.toContain("198.51.100.7");
  });

  it("limits attempts per address", async () => {
    const campaign = await publishedCampaign(database.db);
    const limits = { perIpPerMinute: 3 };
    for (let index = 0; index < 3; index++) {
      expect((await submit(campaign.slug, { ...valid, email: `p${index}@example.org` }, limits)).ok).toBe(true);
    }
    const limited = await submit(campaign.slug, { ...valid, email: "p9@example.org" }, limits);
    expect(limited).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(limited.ok === false && limited.code === "RATE_LIMITED" && limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(await database.db.signature.count()).toBe(3);
    // Another address is not affected.
    expect((await submit(campaign.slug, { ...valid, email: "q@example.org" }, limits, "203.0.113.5")).ok).toBe(true);
  });

  it("lets the real person sign after a stranger made many attempts with their email from many addresses", async () => {
    // Issue 6, item 9: a per-email limit let six attempts by anyone lock the owner out.
    const campaign = await publishedCampaign(database.db);
    const first = new Date("2026-01-01T10:00:00Z");
    for (let attempt = 0; attempt < 10; attempt++) {
      const at = new Date(first.getTime() + attempt * 1000);
      const result = await submit(campaign.slug, valid, undefined, `192.0.2.${attempt + 1}`, { now: at });
      expect(result, `attempt ${attempt + 1}`).toEqual({ ok: true, email: "ann@example.org", referralCode: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/) });
    }
    expect(await database.db.emailMessage.count()).toBe(1);

    const owner = await submit(campaign.slug, valid, undefined, "203.0.113.9", {
      now: new Date(first.getTime() + RESEND_INTERVAL_MS + 60_000),
    });
    expect(owner).toEqual({ ok: true, email: "ann@example.org", referralCode: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/) });
    expect(await database.db.signature.count()).toBe(1);
    // The confirmation was due again, so the owner gets a fresh email.
    expect(await database.db.emailMessage.count()).toBe(2);
  });

  it("makes a honeypot hit count against the address's limit and wait as long as real signatures take", async () => {
    // Issue 6, item 10: the honeypot answered before the limiter and the database, so faster.
    const campaign = await publishedCampaign(database.db);
    const durations = createSignDurationTracker({ initialMs: 40, weight: 0.5, random: () => 0.5 });
    const readings = [1000, 1100];
    const clock = () => readings.shift()!;
    const slept: number[] = [];
    const sleep = async (ms: number) => {
      slept.push(ms);
    };
    const limits = { perIpPerMinute: 2 };

    // A real signature that took 100 ms moves the typical duration from 40 to 70 ms.
    expect(await submit(campaign.slug, valid, limits, "198.51.100.20", { durations, clock, sleep })).toMatchObject({ ok: true });
    expect(slept).toEqual([]);

    const bot = { ...valid, email: "bot@example.org", hp: "http://spam.example" };
    expect(await submit(campaign.slug, bot, limits, "198.51.100.20", { durations, clock, sleep })).toEqual({
      ok: true,
      email: "bot@example.org",
      referralCode: expect.stringMatching(/^[A-Za-z0-9_-]{12}$/),
    });
    expect(slept).toEqual([70]);

    // The honeypot hit used the address's second attempt: the third is refused, without waiting.
    const third = await submit(campaign.slug, bot, limits, "198.51.100.20", { durations, clock, sleep });
    expect(third).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(slept).toEqual([70]);
    expect(await database.db.signature.count()).toBe(1);
    expect(await database.db.emailMessage.count()).toBe(1);
  });

  it("refuses a NUL or an invisible character in a field with a field message, and stores nothing", async () => {
    // Issue 6, item 11: a NUL reached PostgreSQL and failed the request.
    const campaign = await publishedCampaign(database.db);
    expect(await submit(campaign.slug, { ...valid, name: "Ann\u0000" })).toEqual({
      ok: false,
      code: "VALIDATION_FAILED",
      fields: { name: "nameInvalidCharacters" },
    });
    expect(await submit(campaign.slug, { ...valid, source: "news\u0000letter" })).toEqual({
      ok: false,
      code: "VALIDATION_FAILED",
      fields: { source: "invalidCharacters" },
    });
    expect(await submit(campaign.slug, { ...valid, name: "Ann\u202Egnp.exe" })).toMatchObject({
      fields: { name: "nameInvalidCharacters" },
    });
    expect(await database.db.signature.count()).toBe(0);
  });
});
