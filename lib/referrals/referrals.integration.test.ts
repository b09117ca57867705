import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { signPetition } from "../signatures/sign-petition";
import { signatureInputSchema } from "../signatures/signature-input";
import { referralReach, signaturesByChannel, topReferrers } from "./referral-stats";

const database = withTestDatabase();

async function sign(slug: string, email: string, extra: Record<string, unknown> = {}) {
  const input = signatureInputSchema.parse({ name: `Signer ${email.split("@")[0]}`, email, country: "KR", ...extra });
  const result = await signPetition({ db: database.db, secret: TEST_SECRET, campaignSlug: slug, input, locale: "en", ipHash: null });
  if (!result.ok) throw new Error(result.code);
  return result;
}

const row = (campaignId: string, email: string) =>
  database.db.signature.findUniqueOrThrow({ where: { campaignId_email: { campaignId, email } } });

async function confirm(campaignId: string, ...emails: string[]) {
  await database.db.signature.updateMany({
    where: { campaignId, email: { in: emails } },
    data: { status: "CONFIRMED", confirmedAt: new Date() },
  });
}

describe("referral attribution", () => {
  it("credits the signature whose link a new signer came through", async () => {
    const campaign = await publishedCampaign(database.db);
    const ann = await sign(campaign.slug, "ann@example.org");
    expect((await row(campaign.id, "ann@example.org")).referralCode).toBe(ann.referralCode);
    await sign(campaign.slug, "bo@example.org", { referredBy: ann.referralCode, source: "kakaotalk" });
    expect(await row(campaign.id, "bo@example.org")).toMatchObject({ referredBy: ann.referralCode, source: "kakaotalk" });
  });

  it("ignores an unknown code, a forged one and another campaign's, and still records the signature", async () => {
    const campaign = await publishedCampaign(database.db);
    const other = await publishedCampaign(database.db);
    const elsewhere = await sign(other.slug, "ann@example.org");
    await sign(campaign.slug, "unknown@example.org", { referredBy: "AAAAAAAAAAAA" });
    await sign(campaign.slug, "forged@example.org", { referredBy: "<script>alert(1)</script>" });
    await sign(campaign.slug, "long@example.org", { referredBy: "x".repeat(5000) });
    await sign(campaign.slug, "other@example.org", { referredBy: elsewhere.referralCode });
    for (const email of ["unknown@example.org", "forged@example.org", "long@example.org", "other@example.org"]) {
      expect((await row(campaign.id, email)).referredBy, email).toBeNull();
    }
  });

  it("never credits a signer with their own signature", async () => {
    const campaign = await publishedCampaign(database.db);
    const ann = await sign(campaign.slug, "ann@example.org");
    await sign(campaign.slug, "ann@example.org", { referredBy: ann.referralCode });
    expect((await row(campaign.id, "ann@example.org")).referredBy).toBeNull();
    expect(await referralReach(database.db, ann.referralCode)).toEqual({ direct: 0, total: 0 });
  });

  it("answers a second signing with a code of the same shape that credits nobody", async () => {
    const campaign = await publishedCampaign(database.db);
    const first = await sign(campaign.slug, "ann@example.org");
    const again = await sign(campaign.slug, "ann@example.org");
    expect(again.referralCode).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(again.referralCode).not.toBe(first.referralCode);
    expect(await database.db.signature.count({ where: { referralCode: again.referralCode } })).toBe(0);
  });

  it("keeps src and utm tags only as short, harmless tags", async () => {
    const campaign = await publishedCampaign(database.db);
    await sign(campaign.slug, "bo@example.org", {
      source: "<script>alert('x')</script>",
      utmSource: "news letter/\"weekly\"",
      utmMedium: "e".repeat(500),
      utmCampaign: "캠페인_2026",
    });
    expect(await row(campaign.id, "bo@example.org")).toMatchObject({
      source: "scriptalertxscript",
      utmSource: "newsletterweekly",
      utmMedium: "e".repeat(64),
      utmCampaign: "캠페인_2026",
    });
  });
});

describe("referral reach", () => {
  it("counts the chain A → B → C, directly and in all, confirmed signatures only", async () => {
    const campaign = await publishedCampaign(database.db);
    const a = await sign(campaign.slug, "a@example.org");
    const b = await sign(campaign.slug, "b@example.org", { referredBy: a.referralCode });
    const c = await sign(campaign.slug, "c@example.org", { referredBy: b.referralCode });
    await sign(campaign.slug, "d@example.org", { referredBy: c.referralCode });
    await sign(campaign.slug, "e@example.org", { referredBy: a.referralCode });

    // Nobody confirmed yet: nothing counts.
    expect(await referralReach(database.db, a.referralCode)).toEqual({ direct: 0, total: 0 });

    await confirm(campaign.id, "a@example.org", "c@example.org", "d@example.org", "e@example.org");
    // B is still pending: not counted, but C and D, who came through B's link, are.
    expect(await referralReach(database.db, a.referralCode)).toEqual({ direct: 1, total: 3 });
    expect(await referralReach(database.db, b.referralCode)).toEqual({ direct: 1, total: 2 });

    await confirm(campaign.id, "b@example.org");
    expect(await referralReach(database.db, a.referralCode)).toEqual({ direct: 2, total: 4 });
    expect(await referralReach(database.db, c.referralCode)).toEqual({ direct: 1, total: 1 });
    expect(await referralReach(database.db, "AAAAAAAAAAAA")).toEqual({ direct: 0, total: 0 });
  });

  it("lists the top referrers by first name and country, and the channels signatures came through", async () => {
    const campaign = await publishedCampaign(database.db);
    const ann = await sign(campaign.slug, "ann@example.org", { name: "Ann Lee" });
    const min = await sign(campaign.slug, "min@example.org", { name: "김민준", country: "KR" });
    await sign(campaign.slug, "b1@example.org", { referredBy: ann.referralCode, source: "line" });
    await sign(campaign.slug, "b2@example.org", { referredBy: ann.referralCode, source: "line" });
    const b3 = await sign(campaign.slug, "b3@example.org", { referredBy: min.referralCode, source: "weibo" });
    await sign(campaign.slug, "b4@example.org", { referredBy: b3.referralCode });
    await sign(campaign.slug, "b5@example.org", { utmSource: "newsletter" });
    await database.db.signature.updateMany({ where: { campaignId: campaign.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });

    const top = await topReferrers(database.db, campaign.id);
    expect(top).toEqual([
      { firstName: "Ann", country: "KR", direct: 2, total: 2 },
      { firstName: "김**", country: "KR", direct: 1, total: 2 },
      { firstName: "Signer", country: "KR", direct: 1, total: 1 },
    ]);
    expect(JSON.stringify(top)).not.toContain("@");

    const channels = await signaturesByChannel(database.db, campaign.id);
    expect(channels).toEqual([
      { channel: "direct", signatures: 2, lastWeek: 2 },
      { channel: "line", signatures: 2, lastWeek: 2 },
      { channel: "link", signatures: 1, lastWeek: 1 },
      { channel: "newsletter", signatures: 1, lastWeek: 1 },
      { channel: "weibo", signatures: 1, lastWeek: 1 },
    ]);
  });
});
