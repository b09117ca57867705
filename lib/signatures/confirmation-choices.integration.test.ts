import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { startTestApi } from "../../test/helpers/test-api-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { confirmationTokenFor } from "./confirmation-token";
import { confirmSignature } from "./confirm-signature";
import { recentPublicSigners } from "./recent-public-signers";
import { signPetition } from "./sign-petition";
import { signatureInputSchema } from "./signature-input";

// Issue 6, item 1: what is shown and consented to is decided by whoever confirms from the
// mailbox, never by whoever typed the address into the sign form.

const secret = TEST_SECRET;
const database = withTestDatabase();

/** A stranger signs as the victim, with a chosen name, "show publicly" and consent ticked. */
async function strangerSignsAs(email: string) {
  const campaign = await publishedCampaign(database.db);
  const input = signatureInputSchema.parse({
    name: "Victim Fullname",
    email,
    country: "KP",
    consentUpdates: true,
    showPublicly: true,
  });
  expect(await signPetition({ db: database.db, secret, campaignSlug: campaign.slug, input, locale: "en", ipHash: null })).toMatchObject({ ok: true });
  const signature = await database.db.signature.findFirstOrThrow({ where: { campaignId: campaign.id, email } });
  return { campaign, signature, token: confirmationTokenFor(secret, signature.id) };
}

describe("confirmSignature takes the confirming person's choices", () => {
  it("a confirmation without choices keeps nothing the stranger ticked", async () => {
    const { campaign, signature, token } = await strangerSignsAs("victim@example.org");
    expect(await confirmSignature({ db: database.db, token })).toMatchObject({ ok: true, alreadyConfirmed: false });

    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored).toMatchObject({ status: "CONFIRMED", showPublicly: false, consentUpdates: false, consentWording: null, consentAt: null });
    expect(await recentPublicSigners(database.db, campaign.id)).toEqual([]);
  });

  it("stores the choices made when confirming, with the wording's language and time", async () => {
    const { campaign, signature, token } = await strangerSignsAs("owner@example.org");
    const now = new Date("2030-01-02T03:04:05.678Z");
    await database.db.signature.update({ where: { id: signature.id }, data: { tokenExpiresAt: new Date("2030-02-01") } });
    const result = await confirmSignature({
      db: database.db,
      token,
      now,
      choices: { name: "Ann Lee", country: "DE", showPublicly: true, consentUpdates: true, locale: "ko" },
    });
    expect(result).toMatchObject({ ok: true });

    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored).toMatchObject({
      name: "Ann Lee",
      country: "DE",
      showPublicly: true,
      consentUpdates: true,
      consentWording: "updates-v1:ko",
      consentAt: now,
    });
    expect(await recentPublicSigners(database.db, campaign.id)).toEqual([
      { name: "Ann", country: "DE", signedAt: "2030-01-02T03:00:00.000Z" },
    ]);
  });

  it("keeps the submitted name and country when none are given, and words consent in the signature's language", async () => {
    const { signature, token } = await strangerSignsAs("quiet@example.org");
    await confirmSignature({ db: database.db, token, choices: { showPublicly: false, consentUpdates: true } });
    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored).toMatchObject({ name: "Victim Fullname", country: "KP", showPublicly: false, consentUpdates: true, consentWording: "updates-v1:en" });
    expect(stored.consentAt).toBeInstanceOf(Date);
  });
});

describe("POST /api/v1/confirmations takes the same choices", () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;

  beforeAll(async () => {
    api = await startTestApi(database, { secret });
  });
  afterAll(() => api.close());

  const confirm = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/api/v1/confirmations`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("with only the token: confirmed, private, no consent", async () => {
    const { campaign, signature, token } = await strangerSignsAs("api-victim@example.org");
    const response = await confirm({ token });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "confirmed", campaign: campaign.slug });
    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored).toMatchObject({ status: "CONFIRMED", showPublicly: false, consentUpdates: false, consentWording: null, consentAt: null });
  });

  it("with choices: stored as chosen, consent worded in the Accept-Language language", async () => {
    const { signature, token } = await strangerSignsAs("api-owner@example.org");
    const response = await confirm({ token, name: "  Min-jun Kim ", country: "kr", showPublicly: true, consentUpdates: true }, { "accept-language": "zh-CN" });
    expect(response.status).toBe(200);
    const stored = await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } });
    expect(stored).toMatchObject({ name: "Min-jun Kim", country: "KR", showPublicly: true, consentUpdates: true, consentWording: "updates-v1:zh" });
  });

  it("refuses invalid choices with 422 and a message per field, confirming nothing", async () => {
    const { signature, token } = await strangerSignsAs("api-invalid@example.org");
    const response = await confirm({ token, name: " ", country: "XX", showPublicly: "yes" });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(typeof body.error.message).toBe("string");
    expect(Object.keys(body.error.fields).sort()).toEqual(["country", "name", "showPublicly"]);
    expect((await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } })).status).toBe("PENDING");
  });
});
