import { beforeEach, describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { signatureRow } from "../../test/signature-rows";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { recipientKey } from "../email/recipient-key";
import { isSuppressed, suppressionOf } from "./is-suppressed";
import { resubscribeSignature } from "./resubscribe-signature";
import { suppressAllEmail } from "./suppress-all-email";
import { unsubscribeSignature } from "./unsubscribe-signature";

const secret = TEST_SECRET;
const database = withTestDatabase();

beforeEach(() => database.db.emailSuppression.deleteMany());

async function consentingSigner(email = "mina@example.org") {
  const campaign = await publishedCampaign(database.db);
  return signatureRow(database.db, { campaignId: campaign.id, consentUpdates: true, email });
}

describe("unsubscribeSignature", () => {
  it("stops this campaign's emails once, keeps the consent record, and a repeat keeps the first time", async () => {
    const signature = await consentingSigner();
    const first = new Date("2026-11-01T10:00:00Z");
    expect(await unsubscribeSignature(database.db, { signatureId: signature.id, now: first })).toEqual({ ok: true, changed: true });
    expect(await unsubscribeSignature(database.db, { signatureId: signature.id, now: new Date("2026-11-02T10:00:00Z") })).toEqual({
      ok: true,
      changed: false,
    });
    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored.unsubscribedAt).toEqual(first);
    expect(stored.consentUpdates).toBe(true);
    expect(stored.consentWording).toBe("updates-v1:en");
  });

  it("answers NOT_FOUND for a signature that does not exist", async () => {
    expect(await unsubscribeSignature(database.db, { signatureId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

describe("suppressAllEmail and isSuppressed", () => {
  it("stores only a keyed hash of the inbox, found again under another spelling of it", async () => {
    expect(await suppressAllEmail(database.db, { secret, address: "Mina+news@Example.org", reason: "UNSUBSCRIBED_ALL" })).toEqual({
      ok: true,
      reason: "UNSUBSCRIBED_ALL",
    });
    const rows = await database.db.emailSuppression.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.addressKey).toBe(recipientKey(secret, "mina@example.org"));
    expect(JSON.stringify(rows)).not.toContain("mina");
    expect(await isSuppressed(database.db, secret, "mina@example.org")).toBe(true);
    expect(await isSuppressed(database.db, secret, "other@example.org")).toBe(false);
    // Another installation's secret makes another key: the hash is not a plain digest of the address.
    expect(await isSuppressed(database.db, "another-secret-another-secret-another", "mina@example.org")).toBe(false);
  });

  it("raises a person's stop-all to a bounce or complaint, never lowers one, and repeats are harmless", async () => {
    const address = "mina@example.org";
    await suppressAllEmail(database.db, { secret, address, reason: "UNSUBSCRIBED_ALL" });
    expect(await suppressAllEmail(database.db, { secret, address, reason: "BOUNCED" })).toEqual({ ok: true, reason: "BOUNCED" });
    expect(await suppressAllEmail(database.db, { secret, address, reason: "UNSUBSCRIBED_ALL" })).toEqual({ ok: true, reason: "BOUNCED" });
    expect(await suppressAllEmail(database.db, { secret, address, reason: "COMPLAINED" })).toEqual({ ok: true, reason: "BOUNCED" });
    expect(await suppressionOf(database.db, secret, address)).toBe("BOUNCED");
    expect(await database.db.emailSuppression.count()).toBe(1);
  });
});

describe("resubscribeSignature", () => {
  it("clears this campaign's unsubscribe and the inbox's own stop-all", async () => {
    const signature = await consentingSigner();
    await unsubscribeSignature(database.db, { signatureId: signature.id });
    await suppressAllEmail(database.db, { secret, address: signature.email, reason: "UNSUBSCRIBED_ALL" });

    expect(await resubscribeSignature(database.db, { secret, signatureId: signature.id })).toEqual({ ok: true });
    expect((await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } })).unsubscribedAt).toBeNull();
    expect(await isSuppressed(database.db, secret, signature.email)).toBe(false);
    // Again: nothing left to change, still fine.
    expect(await resubscribeSignature(database.db, { secret, signatureId: signature.id })).toEqual({ ok: true });
  });

  it("leaves a bounce or complaint in place", async () => {
    for (const reason of ["BOUNCED", "COMPLAINED"] as const) {
      const signature = await consentingSigner(`${reason.toLowerCase()}@example.org`);
      await suppressAllEmail(database.db, { secret, address: signature.email, reason });
      expect(await resubscribeSignature(database.db, { secret, signatureId: signature.id })).toEqual({ ok: true });
      expect(await suppressionOf(database.db, secret, signature.email)).toBe(reason);
    }
  });

  it("refuses a signer who never consented, and a withdrawn signature, changing nothing", async () => {
    const campaign = await publishedCampaign(database.db);
    const silent = await signatureRow(database.db, { campaignId: campaign.id, consentUpdates: false, email: "silent@example.org" });
    await unsubscribeSignature(database.db, { signatureId: silent.id });
    await suppressAllEmail(database.db, { secret, address: silent.email, reason: "UNSUBSCRIBED_ALL" });
    expect(await resubscribeSignature(database.db, { secret, signatureId: silent.id })).toEqual({ ok: false, code: "NOT_CONSENTED" });
    expect((await database.db.signature.findUniqueOrThrow({ where: { id: silent.id } })).unsubscribedAt).not.toBeNull();
    expect(await isSuppressed(database.db, secret, silent.email)).toBe(true);

    const withdrawn = await signatureRow(database.db, { campaignId: campaign.id, consentUpdates: true, status: "WITHDRAWN" });
    expect(await resubscribeSignature(database.db, { secret, signatureId: withdrawn.id })).toEqual({ ok: false, code: "WITHDRAWN" });
    expect(await resubscribeSignature(database.db, { secret, signatureId: "00000000-0000-4000-8000-000000000000" })).toEqual({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
