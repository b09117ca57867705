import { describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "./confirm-signature";
import { reconcileSignatureCounts } from "./reconcile-signature-counts";
import { getSignatureCount } from "./signature-count";

const secret = TEST_SECRET;
const database = withTestDatabase();

async function confirmedSignatures(campaignId: string, count: number) {
  for (let index = 0; index < count; index++) {
    const { token } = await pendingSignature(database.db, { campaignId, secret });
    await confirmSignature({ db: database.db, token });
  }
}

describe("reconcileSignatureCounts", () => {
  it("leaves correct counts alone", async () => {
    const campaign = await publishedCampaign(database.db);
    await confirmedSignatures(campaign.id, 3);
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
    expect(await getSignatureCount(database.db, campaign.id)).toBe(3);
  });

  it("repairs a counter that drifted up or down", async () => {
    const high = await publishedCampaign(database.db);
    const low = await publishedCampaign(database.db);
    await confirmedSignatures(high.id, 2);
    await confirmedSignatures(low.id, 4);
    await database.db.campaignCounterShard.updateMany({ where: { campaignId: high.id }, data: { count: 50 } });
    // A manual fix in the database: a confirmed signature deleted without touching the counter.
    const removed = await database.db.signature.findFirstOrThrow({ where: { campaignId: low.id } });
    await database.db.signature.delete({ where: { id: removed.id } });

    const repairs = await reconcileSignatureCounts(database.db);
    expect(repairs).toHaveLength(2);
    expect(await getSignatureCount(database.db, high.id)).toBe(2);
    expect(await getSignatureCount(database.db, low.id)).toBe(3);
    expect(await reconcileSignatureCounts(database.db)).toEqual([]);
  });

  it("stays exact when confirms happen while it repairs", async () => {
    const campaign = await publishedCampaign(database.db);
    let confirmed = 0;
    // Several rounds, each starting with drift and racing repairs against confirms, and
    // checked right after the race with no quiet repair in between: a repair that ran
    // twice, or that lost a confirm, shows as a wrong count.
    for (let round = 0; round < 5; round++) {
      const tokens = [];
      for (let index = 0; index < 12; index++) {
        tokens.push((await pendingSignature(database.db, { campaignId: campaign.id, secret })).token);
      }
      await database.db.campaignCounterShard.upsert({
        where: { campaignId_shard: { campaignId: campaign.id, shard: 5 } },
        create: { campaignId: campaign.id, shard: 5, count: 7 },
        update: { count: { increment: 7 } },
      });
      await Promise.all([
        reconcileSignatureCounts(database.db),
        reconcileSignatureCounts(database.db),
        ...tokens.slice(0, 6).map((token) => confirmSignature({ db: database.db, token })),
        reconcileSignatureCounts(database.db),
        ...tokens.slice(6).map((token) => confirmSignature({ db: database.db, token })),
        reconcileSignatureCounts(database.db),
      ]);
      confirmed += tokens.length;
      expect(await getSignatureCount(database.db, campaign.id)).toBe(confirmed);
    }
  });
});
