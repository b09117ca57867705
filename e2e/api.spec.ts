import { expect, test, type APIResponse } from "@playwright/test";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { e2eDb } from "./support/database";
import { APP_SECRET, uniqueEmail } from "./support/data";

/** Every 202 carries a referral code of this shape, whether or not the address had signed. */
const REFERRAL_CODE = expect.stringMatching(/^[A-Za-z0-9_-]{12}$/);

const headers = { "Accept-Language": "en" };
const signUrl = (slug: string) => `/api/v1/campaigns/${slug}/signatures`;
const valid = () => ({ name: "Api Signer", email: uniqueEmail("api"), country: "KR", consentUpdates: true });
const newCampaign = () => publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-api") });
const rowCount = (campaignId: string) => e2eDb().signature.count({ where: { campaignId } });

async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error as { code: string; message: string; fields: Record<string, string> };
}

test("a valid signature is accepted for confirmation; signing again adds no row", async ({ request }) => {
  const campaign = await newCampaign();
  const body = valid();
  const first = await request.post(signUrl(campaign.slug), { data: body, headers });
  expect(first.status()).toBe(202);
  const firstBody = await first.json();
  expect(firstBody).toEqual({ status: "pending_confirmation", referralCode: REFERRAL_CODE });

  const again = await request.post(signUrl(campaign.slug), {
    data: { ...body, email: ` ${body.email.toUpperCase()} ` },
    headers,
  });
  expect(again.status()).toBe(202);
  // The same answer: a code of the same shape, which credits nobody (see README, Referrals).
  const againBody = await again.json();
  expect(againBody).toEqual({ status: "pending_confirmation", referralCode: REFERRAL_CODE });

  const rows = await e2eDb().signature.findMany({ where: { campaignId: campaign.id } });
  expect(rows.map((row) => [row.email, row.status, row.consentUpdates])).toEqual([[body.email, "PENDING", true]]);
  expect(rows[0]!.referralCode).toBe(firstBody.referralCode);
  expect(againBody.referralCode).not.toBe(firstBody.referralCode);
  expect(await e2eDb().emailMessage.count({ where: { toAddress: body.email } })).toBe(1);
});

test("GET returns exactly the public fields and no signer data", async ({ page, request, baseURL }) => {
  const db = e2eDb();
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-get"), goal: 500 });
  const confirmedEmail = uniqueEmail("confirmed");
  const { token } = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET, email: confirmedEmail });
  await page.goto(`/confirm/${token}`);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirmed-banner")).toBeVisible();
  const pending = { ...valid(), name: "Zebulon Pendingfield" };
  expect((await request.post(signUrl(campaign.slug), { data: pending })).status()).toBe(202);

  const response = await request.get(`/api/v1/campaigns/${campaign.slug}`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  const body = JSON.parse(text);
  expect(Object.keys(body).sort()).toEqual(
    ["closesAt", "createdAt", "goal", "language", "languages", "signatureCount", "slug", "status", "summary", "title", "url"].sort(),
  );
  expect(body).toEqual({
    slug: campaign.slug,
    title: campaign.title,
    summary: campaign.summary,
    language: "en",
    languages: ["en"],
    status: "open",
    goal: 500,
    signatureCount: 1,
    createdAt: campaign.createdAt.toISOString(),
    closesAt: null,
    url: `${baseURL}/c/${campaign.slug}`,
  });
  for (const secret of [confirmedEmail, "Test Signer", pending.email, pending.name, "@"]) {
    expect(text).not.toContain(secret);
  }
});

test("unknown campaigns and unknown API paths answer 404 in JSON", async ({ request }) => {
  await expectError(await request.get("/api/v1/campaigns/no-such-campaign"), 404, "CAMPAIGN_NOT_FOUND");
  await expectError(await request.post(signUrl("no-such-campaign"), { data: valid() }), 404, "CAMPAIGN_NOT_FOUND");
  await expectError(await request.get("/api/v1/nothing-here"), 404, "NOT_FOUND");
  await expectError(await request.post("/api/v2/campaigns", { data: {} }), 404, "NOT_FOUND");
});

test("bodies that are not a JSON object are refused", async ({ request }) => {
  const campaign = await newCampaign();
  const url = signUrl(campaign.slug);
  const json = JSON.stringify(valid());

  for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
    await expectError(await request.post(url, { headers: { "Content-Type": contentType }, data: json }), 415, "UNSUPPORTED_MEDIA_TYPE");
  }
  const noBody = await request.post(url, { headers: { "Content-Type": "application/json" } });
  await expectError(noBody, 400, "INVALID_JSON");
  for (const raw of ["", "   ", "{\"name\":", "not json", "[]", "null", "42", "\"a string\""]) {
    await expectError(await request.post(url, { headers: { "Content-Type": "application/json" }, data: raw }), 400, "INVALID_JSON");
  }
  const huge = JSON.stringify({ ...valid(), source: "x".repeat(17 * 1024) });
  await expectError(await request.post(url, { headers: { "Content-Type": "application/json" }, data: huge }), 413, "PAYLOAD_TOO_LARGE");
  expect(await rowCount(campaign.id)).toBe(0);
});

test("invalid fields answer 422 with a message per field and store nothing", async ({ request }) => {
  const campaign = await newCampaign();
  const url = signUrl(campaign.slug);

  // 10 kB in one field: small enough for the body limit, far too long for the field.
  const longName = await expectError(
    await request.post(url, { headers, data: { ...valid(), name: "n".repeat(10_000) } }),
    422,
    "VALIDATION_FAILED",
  );
  expect(longName.fields).toEqual({ name: "Your name must be at most 200 characters." });
  const longEmail = await expectError(
    await request.post(url, { headers, data: { ...valid(), email: `${"e".repeat(10_000)}@example.org` } }),
    422,
    "VALIDATION_FAILED",
  );
  expect(longEmail.fields).toEqual({ email: "Your email address must be at most 254 characters." });
  const longPostalCode = await expectError(
    await request.post(url, { headers, data: { ...valid(), postalCode: "1".repeat(10_000) } }),
    422,
    "VALIDATION_FAILED",
  );
  expect(longPostalCode.fields).toEqual({ postalCode: "A postal code has at most 16 letters, numbers, spaces or dashes." });

  const wrongTypes = await expectError(
    await request.post(url, { headers, data: { name: 42, email: true, country: ["KR"], consentUpdates: "yes" } }),
    422,
    "VALIDATION_FAILED",
  );
  expect(wrongTypes.fields).toEqual({
    name: "Enter your name.",
    email: "Enter a valid email address, like name@example.com.",
    country: "Choose your country or region from the list.",
    consentUpdates: "This value is not valid.",
  });

  const missing = await expectError(await request.post(url, { headers, data: {} }), 422, "VALIDATION_FAILED");
  expect(Object.keys(missing.fields).sort()).toEqual(["country", "email", "name"]);

  const korean = await expectError(
    await request.post(url, { headers: { "Accept-Language": "ko-KR" }, data: { ...valid(), country: "XX" } }),
    422,
    "VALIDATION_FAILED",
  );
  expect(korean.fields.country).toMatch(/[가-힣]/);

  expect(await rowCount(campaign.id)).toBe(0);
});

test("ten attempts with one email from anyone do not lock its owner out of signing", async ({ request }) => {
  // Issue 6, item 9: a per-email limit turned six attempts by a stranger into a 429 for the owner.
  const campaign = await newCampaign();
  const body = valid();
  for (let attempt = 1; attempt <= 10; attempt++) {
    const email = attempt % 2 ? body.email : body.email.toUpperCase();
    const response = await request.post(signUrl(campaign.slug), { data: { ...body, name: "Stranger", email } });
    expect(response.status(), `attempt ${attempt}`).toBe(202);
  }
  expect(await e2eDb().emailMessage.count({ where: { toAddress: body.email } })).toBe(1);

  // Eleven minutes later (moved back in the database), the owner signs and gets a fresh link.
  await e2eDb().signature.updateMany({
    where: { campaignId: campaign.id },
    data: { confirmationSentAt: new Date(Date.now() - 11 * 60 * 1000) },
  });
  const owner = await request.post(signUrl(campaign.slug), { data: body });
  expect(owner.status()).toBe(202);
  expect(await owner.json()).toEqual({ status: "pending_confirmation", referralCode: REFERRAL_CODE });
  expect(await rowCount(campaign.id)).toBe(1);
  expect(await e2eDb().emailMessage.count({ where: { toAddress: body.email } })).toBe(2);
});

test("a NUL or an invisible character in any field is a 422 with a field message, never a 500", async ({ request }) => {
  // Issue 6, item 11: PostgreSQL refuses NUL in text, and the request failed with a 500.
  const campaign = await newCampaign();
  const url = signUrl(campaign.slug);
  const nameMessage =
    "Your name contains invisible or control characters (such as zero-width spaces or text-direction marks). Type it again without them.";
  const fieldMessage = "This field contains invisible or control characters. Type it again without them.";
  const fields: Record<string, string> = {
    name: "Ann\u0000",
    email: "ann\u0000@example.org",
    country: "K\u0000R",
    postalCode: "0452\u00004",
    referredBy: "abcd\u00001234",
    source: "news\u0000letter",
    locale: "k\u0000o",
    hp: "sp\u0000am",
  };
  for (const [field, value] of Object.entries(fields)) {
    const error = await expectError(await request.post(url, { headers, data: { ...valid(), [field]: value } }), 422, "VALIDATION_FAILED");
    expect(error.fields, field).toEqual({ [field]: field === "name" ? nameMessage : fieldMessage });
  }
  const bidi = await expectError(
    await request.post(url, { headers, data: { ...valid(), name: "Ann\u202Egnp.exe" } }),
    422,
    "VALIDATION_FAILED",
  );
  expect(bidi.fields).toEqual({ name: nameMessage });
  expect(await rowCount(campaign.id)).toBe(0);

  // Other strings that reach the API: the confirmation token and the slug in the path.
  const token = await request.post("/api/v1/confirmations", { headers, data: { token: `${"a".repeat(42)}\u0000` } });
  expect(token.status()).toBeLessThan(500);
  await expectError(token, 404, "TOKEN_INVALID");
  await expectError(await request.get("/api/v1/campaigns/a%00b"), 404, "CAMPAIGN_NOT_FOUND");
  await expectError(await request.post(signUrl("a%00b"), { data: valid() }), 404, "CAMPAIGN_NOT_FOUND");
  await expectError(await request.get("/api/v1/campaigns/a%00b/stream"), 404, "CAMPAIGN_NOT_FOUND");
});
