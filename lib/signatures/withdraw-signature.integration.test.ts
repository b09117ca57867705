import { describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { signatureRow } from "../../test/signature-rows";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "./confirm-signature";
import { reconcileSignatureCounts } from "./reconcile-signature-counts";
import { signPetition } from "./sign-petition";
import { getSignatureCount } from "./signature-count";
import { signatureInputSchema } from "./signature-input";
import { withdrawSignature } from "./withdraw-signature";

const secret = TEST_SECRET;
const database = withTestDatabase();

async function confirmedSigner() {
  const campaign = await publishedCampaign(database.db);
  const { signature, token } = await pendingSignature(database.db, { campaignId: campaign.id, secret, email: "mina@example.org" });
  await database.db.signature.update({
    where: { id: signature.id },
    data: { name: "Kim Mina", postalCode: "04524", showPublicly: true, consentUpdates: true, consentWording: "updates-v1:ko", consentAt: new Date(), ipHash: "iphash", source: "x" },
  });
  expect(await confirmSignature({ db: database.db, token, choices: { showPublicly: true, consentUpdates: true } })).toMatchObject({ ok: true });
  return { campaign, signature, token };
}

describe("withdrawSignature", () => {
  it("takes a confirmed signature off the count at once, keeps only what dedupe and the record need, and a second withdraw changes nothing", async () => {
    const { campaign, signature } = await confirmedSigner();
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);
    const now = new Date("2026-11-20T08:00:00Z");

    expect(await withdrawSignature(database.db, { signatureId: signature.id, now })).toEqual({
      ok: true,
      alreadyWithdrawn: false,
      campaignId: campaign.id,
      wasCounted: true,
    });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);
    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id }, omit: { ipHash: false } });
    expect(stored).toMatchObject({
      status: "WITHDRAWN",
      withdrawnAt: now,
      unsubscribedAt: now,
      name: "",
      postalCode: null,
      showPublicly: false,
      ipHash: null,
      source: null,
      email: "mina@example.org",
      consentWording: "updates-v1:en",
    });

    expect(await withdrawSignature(database.db, { signatureId: signature.id })).toMatchObject({ ok: true, alreadyWithdrawn: true, wasCounted: false });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);
    // Reconciliation agrees: a withdrawn signature does not count.
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
  });

  it("withdraws a pending signature without touching the count, and its confirmation link no longer works", async () => {
    const campaign = await publishedCampaign(database.db);
    await signatureRow(database.db, { campaignId: campaign.id });
    await reconcileSignatureCounts(database.db);
    const { signature, token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    expect(await withdrawSignature(database.db, { signatureId: signature.id })).toMatchObject({ ok: true, wasCounted: false });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);
    expect(await confirmSignature({ db: database.db, token })).toMatchObject({ ok: false });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
  });

  it("refuses unknown and invalidated signatures", async () => {
    const campaign = await publishedCampaign(database.db);
    const invalidated = await signatureRow(database.db, { campaignId: campaign.id, status: "INVALIDATED" });
    expect(await withdrawSignature(database.db, { signatureId: invalidated.id })).toEqual({ ok: false, code: "NOT_WITHDRAWABLE" });
    expect(await withdrawSignature(database.db, { signatureId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, code: "NOT_FOUND" });
  });

  it("counts down once when the same signature is withdrawn many times at once", async () => {
    const campaign = await publishedCampaign(database.db);
    const signatures = [];
    for (let index = 0; index < 20; index++) {
      const { signature, token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
      await confirmSignature({ db: database.db, token });
      signatures.push(signature);
    }
    expect(await getSignatureCount(database.db, campaign.id)).toBe(20);
    // Ten signatures withdrawn five times each, all at once.
    const results = await Promise.all(
      signatures.slice(0, 10).flatMap((signature) => Array.from({ length: 5 }, () => withdrawSignature(database.db, { signatureId: signature.id }))),
    );
    expect(results.filter((result) => result.ok && !result.alreadyWithdrawn)).toHaveLength(10);
    expect(await getSignatureCount(database.db, campaign.id)).toBe(10);
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
  });

  it("stays consistent when withdrawing races confirming", async () => {
    const campaign = await publishedCampaign(database.db);
    const pending = [];
    for (let index = 0; index < 30; index++) pending.push(await pendingSignature(database.db, { campaignId: campaign.id, secret }));
    await Promise.all(
      pending.flatMap(({ signature, token }) => [
        confirmSignature({ db: database.db, token }),
        withdrawSignature(database.db, { signatureId: signature.id }),
      ]),
    );
    // Whichever came first, every signature ends withdrawn and none of them counts.
    expect(await database.db.signature.count({ where: { campaignId: campaign.id, status: "WITHDRAWN" } })).toBe(30);
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
  });
});

describe("signing again after withdrawing", () => {
  it("starts a fresh pending signature with the new details, sends a confirmation, and counts only once confirmed", async () => {
    const { campaign, signature } = await confirmedSigner();
    await withdrawSignature(database.db, { signatureId: signature.id });
    const input = signatureInputSchema.parse({ name: "Mina Kim", email: "mina@example.org", country: "JP", consentUpdates: false, showPublicly: false });

    const result = await signPetition({ db: database.db, secret, campaignSlug: campaign.slug, input, locale: "en", ipHash: null });
    expect(result).toMatchObject({ ok: true, outcome: "resent" });
    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored).toMatchObject({
      status: "PENDING",
      withdrawnAt: null,
      confirmedAt: null,
      unsubscribedAt: null,
      name: "Mina Kim",
      country: "JP",
      locale: "en",
      consentUpdates: false,
      consentWording: null,
    });
    expect(await database.db.emailMessage.count({ where: { kind: "signature-confirmation", payload: { path: ["signatureId"], equals: signature.id } } })).toBe(1);
    expect(await getSignatureCount(database.db, campaign.id)).toBe(0);

    // Signing once more right away is the ordinary pending case: no second email yet.
    expect(await signPetition({ db: database.db, secret, campaignSlug: campaign.slug, input, locale: "en", ipHash: null })).toMatchObject({
      outcome: "unchanged",
    });
    // The emailed link confirms it and it counts again.
    const { confirmationTokenFor } = await import("./confirmation-token");
    expect(await confirmSignature({ db: database.db, token: confirmationTokenFor(secret, signature.id) })).toMatchObject({ ok: true, alreadyConfirmed: false });
    expect(await getSignatureCount(database.db, campaign.id)).toBe(1);
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
  });
});
