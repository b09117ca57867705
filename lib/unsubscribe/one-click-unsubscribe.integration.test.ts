import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { signatureRow } from "../../test/signature-rows";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { findEmailPreferences } from "./find-email-preferences";
import { oneClickUnsubscribe } from "./one-click-unsubscribe";
import { unsubscribeTokenFor } from "./unsubscribe-token";

const secret = TEST_SECRET;
const database = withTestDatabase();
const FORM = "application/x-www-form-urlencoded";

async function signer() {
  const campaign = await publishedCampaign(database.db, { title: "Save the river" });
  await database.db.campaignTranslation.create({
    data: { campaignId: campaign.id, language: "ko", title: "강을 지켜 주세요", summary: "s", story: "s", isDraft: false },
  });
  const signature = await signatureRow(database.db, { campaignId: campaign.id, consentUpdates: true, email: "mina.kim@example.org", name: "Kim Mina" });
  return { campaign, signature, token: unsubscribeTokenFor(secret, signature.id) };
}

const unsubscribedAt = async (id: string) => (await database.db.signature.findUniqueOrThrow({ where: { id } })).unsubscribedAt;

describe("oneClickUnsubscribe", () => {
  it("unsubscribes with RFC 8058's body, form-encoded or multipart, and a repeat still answers 200", async () => {
    const { signature, token } = await signer();
    expect(await oneClickUnsubscribe(database.db, { secret, token, contentType: FORM, body: "List-Unsubscribe=One-Click" })).toEqual({
      status: 200,
      body: { ok: true, unsubscribed: true },
    });
    expect(await unsubscribedAt(signature.id)).toBeInstanceOf(Date);
    const multipart = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';
    expect(await oneClickUnsubscribe(database.db, { secret, token, contentType: "multipart/form-data; boundary=b", body: multipart })).toMatchObject({
      status: 200,
    });
  });

  it("refuses forged, altered and malformed tokens, and other bodies, changing nothing", async () => {
    const { signature, token } = await signer();
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const forged = unsubscribeTokenFor("another-secret-another-secret-another", signature.id);
    for (const bad of [altered, forged, "nonsense", `${token}x`]) {
      expect(await oneClickUnsubscribe(database.db, { secret, token: bad, contentType: FORM, body: "List-Unsubscribe=One-Click" })).toMatchObject({
        status: 404,
        body: { error: { code: "INVALID_LINK" } },
      });
    }
    for (const [contentType, body] of [[FORM, ""], [FORM, "List-Unsubscribe=Yes"], ["application/json", '{"List-Unsubscribe":"One-Click"}'], [null, "List-Unsubscribe=One-Click"]] as const) {
      expect(await oneClickUnsubscribe(database.db, { secret, token, contentType, body })).toMatchObject({ status: 400, body: { error: { code: "NOT_ONE_CLICK" } } });
    }
    expect(await unsubscribedAt(signature.id)).toBeNull();
  });
});

describe("findEmailPreferences", () => {
  it("names the petition in the reader's language and shows only a masked address", async () => {
    const { token } = await signer();
    const korean = await findEmailPreferences(database.db, { secret, token, language: "ko" });
    expect(korean).toMatchObject({
      campaign: { title: "강을 지켜 주세요", titleLanguage: "ko" },
      maskedEmail: "m•••@example.org",
      status: "CONFIRMED",
      consented: true,
      unsubscribed: false,
      suppression: null,
    });
    expect(JSON.stringify(korean)).not.toMatch(/mina\.kim|Kim Mina/);
    expect((await findEmailPreferences(database.db, { secret, token, language: "zh" }))?.campaign).toMatchObject({ title: "Save the river", titleLanguage: "en" });
    expect(await findEmailPreferences(database.db, { secret, token: `${token}x`, language: "en" })).toBeNull();
  });
});
