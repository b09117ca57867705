import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { startTestApi } from "../../test/helpers/test-api-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { SUBMISSION_PROOF_MAX_AGE_SECONDS, submissionProofFor } from "../signatures/submission-proof";

// What the site's own sign and confirm forms need from the JSON API when JavaScript runs
// (issue 10): field codes, the page's language, and the cookies their server actions set,
// which only the site's own pages may obtain.

const secret = TEST_SECRET;
const appUrl = "https://chorus.test";
const database = withTestDatabase();
let api: Awaited<ReturnType<typeof startTestApi>>;
let port: number;

beforeAll(async () => {
  api = await startTestApi(database, { secret, appUrl });
  port = api.port;
});
afterAll(() => api.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read in assertions
type Answer = { status: number; body: any; setCookie: string[] };

/** A POST with exactly these headers (node:http, so nothing is added or refused on the way). */
function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method: "POST", headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload), ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text), setCookie: res.headers["set-cookie"] ?? [] }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const SAME_ORIGIN = { "Sec-Fetch-Site": "same-origin", Origin: appUrl };
const signBody = (email: string) => ({ name: " Ada ", email, country: "de", consentUpdates: true, showPublicly: true, rememberInThisBrowser: true });

describe("POST /api/v1/campaigns/{slug}/signatures for the site's own form", () => {
  it("for the site's own page, sets the submission proof the action sets", async () => {
    const campaign = await publishedCampaign(database.db);
    const older = "A".repeat(22);
    const answer = await post(`/api/v1/campaigns/${campaign.slug}/signatures`, signBody(" Ada@Example.ORG "), {
      ...SAME_ORIGIN,
      Cookie: `other=1; chorus_signed=${older}`,
    });
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ status: "pending_confirmation", referralCode: expect.any(String) });
    const proof = submissionProofFor(secret, {
      campaignSlug: campaign.slug,
      email: "ada@example.org",
      name: "Ada",
      country: "DE",
      showPublicly: true,
      consentUpdates: true,
    });
    expect(answer.setCookie).toHaveLength(1);
    const [pair, ...attributes] = answer.setCookie[0]!.split("; ");
    // The newest proof first, the browser's earlier ones kept.
    expect(pair).toBe(`chorus_signed=${proof}.${older}`);
    expect(attributes).toEqual([
      "Path=/",
      expect.stringMatching(/^Expires=/),
      `Max-Age=${SUBMISSION_PROOF_MAX_AGE_SECONDS}`,
      "Secure",
      "HttpOnly",
      "SameSite=lax",
    ]);
  });

  it("sets no cookie for another site's request, however it asks, yet signs as the API always did", async () => {
    const campaign = await publishedCampaign(database.db);
    const requests: Record<string, string>[] = [
      { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.test" },
      // Another site's page cannot forge Sec-Fetch-Site; a matching Origin does not outvote it.
      { "Sec-Fetch-Site": "cross-site", Origin: appUrl },
      { "Sec-Fetch-Site": "same-site", Origin: "https://blog.chorus.test" },
      { "Sec-Fetch-Site": "none" },
      { Origin: "https://evil.test" },
      { Origin: "null" },
      {},
    ];
    for (const [index, headers] of requests.entries()) {
      const answer = await post(`/api/v1/campaigns/${campaign.slug}/signatures`, signBody(`guard-${index}@example.org`), headers);
      expect(answer.status, JSON.stringify(headers)).toBe(202);
      expect(answer.setCookie, JSON.stringify(headers)).toEqual([]);
    }
    expect(await database.db.signature.count({ where: { campaignId: campaign.id } })).toBe(requests.length);
  });

  it("without Sec-Fetch-Site, the site's own Origin is enough; without the flag, no cookie", async () => {
    const campaign = await publishedCampaign(database.db);
    const byOrigin = await post(`/api/v1/campaigns/${campaign.slug}/signatures`, signBody("origin@example.org"), { Origin: appUrl });
    expect(byOrigin.setCookie).toEqual([expect.stringMatching(/^chorus_signed=[A-Za-z0-9_-]{22};/)]);
    const unflagged = { ...signBody("apps@example.org"), rememberInThisBrowser: undefined };
    expect((await post(`/api/v1/campaigns/${campaign.slug}/signatures`, unflagged, SAME_ORIGIN)).setCookie).toEqual([]);
  });

  it("no cookie when the signature was refused", async () => {
    const campaign = await publishedCampaign(database.db);
    const answer = await post(`/api/v1/campaigns/${campaign.slug}/signatures`, { ...signBody("nope"), name: "" }, SAME_ORIGIN);
    expect(answer.status).toBe(422);
    expect(answer.setCookie).toEqual([]);
  });

  it("422 carries each field's code beside its message, in the shape every error has", async () => {
    const campaign = await publishedCampaign(database.db);
    const answer = await post(
      `/api/v1/campaigns/${campaign.slug}/signatures`,
      { name: "", email: "no-at-sign", country: "XX" },
      { "Accept-Language": "ko" },
    );
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({
      code: "VALIDATION_FAILED",
      message: expect.any(String),
      fieldCodes: { name: "nameRequired", email: "emailInvalid", country: "countryInvalid" },
    });
    expect(Object.keys(answer.body.error.fields).sort()).toEqual(["country", "email", "name"]);
    expect(answer.body.error.fields.name).toMatch(/[가-힣]/);
  });

  it("the body's locale decides the confirmation email's language", async () => {
    const campaign = await publishedCampaign(database.db);
    await post(`/api/v1/campaigns/${campaign.slug}/signatures`, { ...signBody("zh@example.org"), locale: "zh" }, { "Accept-Language": "en" });
    expect((await database.db.signature.findFirstOrThrow({ where: { campaignId: campaign.id } })).locale).toBe("zh");
  });
});

describe("POST /api/v1/confirmations for the site's own form", () => {
  it("for the site's own page, sets the share-code cookie the action sets; the choices and language are stored", async () => {
    const campaign = await publishedCampaign(database.db);
    const { signature, token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    const answer = await post(
      "/api/v1/confirmations",
      { token, name: "Ada B.", country: "FR", showPublicly: true, consentUpdates: true, locale: "ko", rememberInThisBrowser: true },
      SAME_ORIGIN,
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ status: "confirmed", campaign: campaign.slug });
    expect(answer.setCookie).toHaveLength(1);
    const [pair, ...attributes] = answer.setCookie[0]!.split("; ");
    expect(pair).toBe(`chorus_share_ref=${signature.referralCode}`);
    // Read by the campaign page's script: not HttpOnly.
    expect(attributes).toEqual(["Path=/", expect.stringMatching(/^Expires=/), "Max-Age=3600", "Secure", "SameSite=lax"]);
    expect(await database.db.signature.findUniqueOrThrow({ where: { id: signature.id } })).toMatchObject({
      status: "CONFIRMED",
      name: "Ada B.",
      country: "FR",
      consentWording: "updates-v1:ko",
    });

    // Confirming again (a double click) answers the same way.
    const again = await post("/api/v1/confirmations", { token, rememberInThisBrowser: true }, SAME_ORIGIN);
    expect(again.body).toEqual({ status: "already_confirmed", campaign: campaign.slug });
    expect(again.setCookie).toEqual([expect.stringMatching(`^chorus_share_ref=${signature.referralCode};`)]);
  });

  it("sets no cookie for another site's request", async () => {
    const campaign = await publishedCampaign(database.db);
    const { token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    const answer = await post("/api/v1/confirmations", { token, rememberInThisBrowser: true }, { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.test" });
    expect(answer.status).toBe(200);
    expect(answer.setCookie).toEqual([]);
  });

  it("422 carries the field codes the confirm form words", async () => {
    const campaign = await publishedCampaign(database.db);
    const { token } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
    const answer = await post("/api/v1/confirmations", { token, name: "   ", country: "FR", rememberInThisBrowser: true }, SAME_ORIGIN);
    expect(answer.status).toBe(422);
    expect(answer.body.error.fieldCodes).toEqual({ name: "nameRequired" });
    expect(answer.setCookie).toEqual([]);
  });
});
