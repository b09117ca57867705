import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { signatureRow } from "../../test/signature-rows";
import { getCampaignTotals } from "./get-campaign-totals";

const database = withTestDatabase();

describe("getCampaignTotals", () => {
  it("counts confirmed, pending, and confirmed signers who consented to updates, of this campaign only", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const other = await publishedCampaign(db);
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: false });
    // A box ticked before confirming was not necessarily ticked by the mailbox's owner.
    await signatureRow(db, { campaignId: campaign.id, status: "PENDING", consentUpdates: true });
    await signatureRow(db, { campaignId: campaign.id, status: "PENDING" });
    await signatureRow(db, { campaignId: campaign.id, status: "WITHDRAWN", consentUpdates: true });
    await signatureRow(db, { campaignId: campaign.id, status: "INVALIDATED", consentUpdates: true });
    await signatureRow(db, { campaignId: other.id, consentUpdates: true });
    await signatureRow(db, { campaignId: other.id, status: "PENDING" });

    expect(await getCampaignTotals({ db, campaignId: campaign.id })).toEqual({ confirmed: 3, pending: 2, consenting: 2 });
  });

  it("is all zeros for a campaign nobody signed", async () => {
    const campaign = await publishedCampaign(database.db);
    expect(await getCampaignTotals({ db: database.db, campaignId: campaign.id })).toEqual({ confirmed: 0, pending: 0, consenting: 0 });
  });
});
