import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { signatureRow } from "../../test/signature-rows";
import { getLatestSigners } from "./get-latest-signers";

const database = withTestDatabase();
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute));

describe("getLatestSigners", () => {
  it("lists the latest confirmed signers, newest first, with name, country and time but no email", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const other = await publishedCampaign(db);
    const names = ["김민준", "王芳", "Ana", "Ben", "Chloé"];
    for (const [minute, name] of names.entries()) {
      await signatureRow(db, { campaignId: campaign.id, name, country: minute % 2 ? "CN" : "KR", createdAt: at(0), confirmedAt: at(minute) });
    }
    await signatureRow(db, { campaignId: campaign.id, name: "Pending", status: "PENDING", createdAt: at(30) });
    await signatureRow(db, { campaignId: campaign.id, name: "Withdrawn", status: "WITHDRAWN", confirmedAt: at(31) });
    await signatureRow(db, { campaignId: other.id, name: "Elsewhere", confirmedAt: at(32) });

    const latest = await getLatestSigners({ db, campaignId: campaign.id, limit: 3 });

    expect(latest).toEqual([
      { name: "Chloé", country: "KR", confirmedAt: at(4) },
      { name: "Ben", country: "CN", confirmedAt: at(3) },
      { name: "Ana", country: "KR", confirmedAt: at(2) },
    ]);
    expect(JSON.stringify(latest)).not.toContain("@");
  });

  it("keeps the limit between 1 and 100", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db);
    await pool.query(
      `INSERT INTO "Signature" (id, "campaignId", email, name, country, locale, status, "confirmationTokenHash", "tokenExpiresAt",
         "confirmationSentAt", "confirmedAt", "referralCode", "updatedAt")
       SELECT gen_random_uuid(), $1::uuid, i || '@example.org', 'Signer ' || i, 'KR', 'en', 'CONFIRMED', 'token-' || i, now(), now(),
              now() - i * interval '1 second', 'ref-' || i, now()
       FROM generate_series(1, 120) AS i`,
      [campaign.id],
    );
    expect(await getLatestSigners({ db, campaignId: campaign.id, limit: 1000 })).toHaveLength(100);
    expect(await getLatestSigners({ db, campaignId: campaign.id, limit: 0 })).toHaveLength(1);
    expect((await getLatestSigners({ db, campaignId: campaign.id })).map((signer) => signer.name)).toEqual(
      Array.from({ length: 10 }, (_, index) => `Signer ${index + 1}`),
    );
  });
});
