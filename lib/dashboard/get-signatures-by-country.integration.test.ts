import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { signatureRow } from "../../test/signature-rows";
import { getSignaturesByCountry } from "./get-signatures-by-country";

const database = withTestDatabase();

describe("getSignaturesByCountry", () => {
  it("counts this campaign's confirmed signatures per ISO country code, most first, ties by code", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const other = await publishedCampaign(db);
    for (const country of ["US", "KR", "CN", "KR", "US", "DE", "KR", "CN"]) await signatureRow(db, { campaignId: campaign.id, country });
    for (const status of ["PENDING", "PENDING", "WITHDRAWN", "INVALIDATED"] as const) await signatureRow(db, { campaignId: campaign.id, country: "DE", status });
    await signatureRow(db, { campaignId: other.id, country: "DE" });
    await signatureRow(db, { campaignId: other.id, country: "DE" });

    expect(await getSignaturesByCountry({ db, campaignId: campaign.id })).toEqual([
      { country: "KR", confirmed: 3 },
      { country: "CN", confirmed: 2 },
      { country: "US", confirmed: 2 },
      { country: "DE", confirmed: 1 },
    ]);
  });
});
