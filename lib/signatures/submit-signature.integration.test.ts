import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { createSignRateLimiter } from "../security/sign-rate-limiter";
import { submitSignature } from "./submit-signature";

const secret = TEST_SECRET;
const database = withTestDatabase();

function submit(slug: string, rawInput: Record<string, unknown>, limits = { perIpPerMinute: 100, perEmailPerHour: 100 }, ip = "198.51.100.7") {
  return submitSignature({
    db: database.db,
    limiter: createSignRateLimiter(database.pool, limits),
    secret,
    campaignSlug: slug,
    rawInput,
    locale: "en",
    ip,
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
    expect(await submit(campaign.slug, { ...valid, hp: "http://spam.example" })).toEqual({ ok: true, email: "ann@example.org" });
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
    const limits = { perIpPerMinute: 3, perEmailPerHour: 100 };
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

  it("limits attempts per email across addresses", async () => {
    const campaign = await publishedCampaign(database.db);
    const limits = { perIpPerMinute: 100, perEmailPerHour: 2 };
    await submit(campaign.slug, valid, limits, "192.0.2.1");
    await submit(campaign.slug, valid, limits, "192.0.2.2");
    expect(await submit(campaign.slug, valid, limits, "192.0.2.3")).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});
