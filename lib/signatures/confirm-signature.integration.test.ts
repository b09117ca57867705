import { describe, expect, it } from "vitest";
import { closedCampaign, pendingSignature, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "./confirm-signature";
import { findConfirmation } from "./find-confirmation";
import { getSignatureCount } from "./signature-count";

const secret = TEST_SECRET;
const database = withTestDatabase();

describe("confirmSignature", () => {
  it("confirms a pending signature and counts it once", async () => {
    const campaign = await publishedCampaign(database.db);
    const { signature, token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);

    expect(await confirmSignature({ db: database.db, token })).toEqual({
      ok: true,
      campaignSlug: campaign.slug,
      alreadyConfirmed: false,
      referralCode: signature.referralCode,
    });
    const confirmed = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.confirmedAt).toBeInstanceOf(Date);
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);

    // Confirming again is harmless.
    expect(await confirmSignature({ db: database.db, token })).toMatchObject({
      ok: true,
      alreadyConfirmed: true,
      referralCode: signature.referralCode,
    });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);
  });

  it("keeps the count exact when 200 signatures are confirmed at once", async () => {
    const campaign = await publishedCampaign(database.db);
    const before = await getSignatureCount(database.db, campaign.id);
    const tokens = [];
    for (let index = 0; index < 200; index++) {
      tokens.push((await pendingSignature(database.db, { campaignId: campaign.id, secret })).token);
    }
    // Each token confirmed twice, all at once: doubles must not count.
    const results = await Promise.all([...tokens, ...tokens].map((token) => confirmSignature({ db: database.db, token })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && !result.alreadyConfirmed)).toHaveLength(200);
    expect(await getSignatureCount(database.db, campaign.id)).toBe(before + 200);
    expect(await database.db.signature.count({ where: { campaignId: campaign.id, status: "CONFIRMED" } })).toBe(200);
    // The count is spread over several shard rows, not one hot row.
    expect(await database.db.campaignCounterShard.count({ where: { campaignId: campaign.id } })).toBeGreaterThan(1);
  });

  it("rejects unknown and malformed tokens", async () => {
    expect(await confirmSignature({ db: database.db, token: "A".repeat(43) })).toEqual({ ok: false, code: "TOKEN_INVALID" });
    expect(await confirmSignature({ db: database.db, token: "../../etc" })).toEqual({ ok: false, code: "TOKEN_INVALID" });
  });

  it("rejects an expired token without counting", async () => {
    const campaign = await publishedCampaign(database.db);
    const { token } = await pendingSignature(database.db, {
      campaignId: campaign.id,
      secret,
      tokenExpiresAt: new Date(Date.now() - 1000),
    });
    expect(await confirmSignature({ db: database.db, token })).toMatchObject({ ok: false, code: "TOKEN_EXPIRED" });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);
  });

  it("counts a signature made before the deadline even when confirmed after it", async () => {
    const campaign = await publishedCampaign(database.db, { closesAt: new Date(Date.now() - 60_000) });
    const { token } = await pendingSignature(database.db, {
      campaignId: campaign.id,
      secret,
      createdAt: new Date(Date.now() - 120_000),
    });
    expect((await findConfirmation({ db: database.db, token })).state).toBe("PENDING");
    expect(await confirmSignature({ db: database.db, token })).toMatchObject({ ok: true, alreadyConfirmed: false });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);
  });

  it("does not count a confirmation that arrives after the campaign closed", async () => {
    const campaign = await closedCampaign(database.db);
    const { token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    expect(await confirmSignature({ db: database.db, token })).toMatchObject({ ok: false, code: "CAMPAIGN_CLOSED" });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);
  });
});

describe("findConfirmation", () => {
  it("reports the state of a link without changing anything", async () => {
    const campaign = await publishedCampaign(database.db);
    const { signature, token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    const lookup = await findConfirmation({ db: database.db, token });
    expect(lookup).toEqual({
      state: "PENDING",
      campaign: { slug: campaign.slug, title: campaign.title, target: campaign.target, language: "en", translations: [] },
      // The proposal the confirm page offers; the person confirming decides what is kept.
      proposal: { email: signature.email, name: "Test Signer", country: "KR", showPublicly: false, consentUpdates: false },
    });
    expect((await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } })).status).toBe("PENDING");

    await confirmSignature({ db: database.db, token });
    expect((await findConfirmation({ db: database.db, token })).state).toBe("CONFIRMED");
    expect((await findConfirmation({ db: database.db, token: "B".repeat(43) })).state).toBe("INVALID");
  });

  it("reports expired links", async () => {
    const campaign = await publishedCampaign(database.db);
    const { token } = await pendingSignature(database.db, {
      campaignId: campaign.id,
      secret,
      tokenExpiresAt: new Date(Date.now() - 1),
    });
    expect((await findConfirmation({ db: database.db, token })).state).toBe("EXPIRED");
  });
});
