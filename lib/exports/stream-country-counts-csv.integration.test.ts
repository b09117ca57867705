import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { signatureRow } from "../../test/signature-rows";
import { streamCountryCountsCsv } from "./stream-country-counts-csv";

const database = withTestDatabase();

async function text(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("streamCountryCountsCsv", () => {
  it("lists confirmed signatures per country, largest first, with English names and nothing personal", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const other = await publishedCampaign(db);
    for (const country of ["KR", "KR", "TW"]) await signatureRow(db, { campaignId: campaign.id, country, name: "Hidden Name", email: `${country}-${Math.random()}@example.org` });
    await signatureRow(db, { campaignId: campaign.id, country: "US", status: "PENDING" });
    await signatureRow(db, { campaignId: other.id, country: "DE" });

    const csv = await text(await streamCountryCountsCsv({ db, campaignId: campaign.id }));

    expect(csv).toBe('\uFEFFcountry_code,country_name,confirmed\r\nKR,South Korea,2\r\nTW,"Taiwan, Province of China",1\r\n');
    expect(csv).not.toContain("Hidden");
  });

  it("is a header alone for a campaign without confirmed signatures", async () => {
    const campaign = await publishedCampaign(database.db);
    expect(await text(await streamCountryCountsCsv({ db: database.db, campaignId: campaign.id }))).toBe("\uFEFFcountry_code,country_name,confirmed\r\n");
  });
});
