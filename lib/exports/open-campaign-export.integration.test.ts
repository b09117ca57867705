import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { signatureRow } from "../../test/signature-rows";
import { person } from "../../test/team-factories";
import { openCampaignExport } from "./open-campaign-export";

const database = withTestDatabase();

async function text(stream: Readable): Promise<string> {
  let all = "";
  for await (const chunk of stream) all += chunk.toString();
  return all;
}

describe("openCampaignExport", () => {
  it("logs who downloaded which file before streaming it, and names the file after the campaign and the day", async () => {
    const { db, pool } = database;
    const campaign = await publishedCampaign(db, { slug: "clean-the-han" });
    const organizer = await person(db);
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: true, email: "yes@example.org", country: "KR" });
    await signatureRow(db, { campaignId: campaign.id, consentUpdates: false, email: "no@example.org", country: "KR" });
    const now = new Date("2026-05-20T10:00:00Z");

    const signers = await openCampaignExport({ db, pool, kind: "signers", campaignId: campaign.id, actorId: organizer.id, now });
    const countries = await openCampaignExport({ db, pool, kind: "countries", campaignId: campaign.id, actorId: organizer.id, now });

    expect(signers!.fileName).toBe("clean-the-han-signers-2026-05-20.csv");
    expect(countries!.fileName).toBe("clean-the-han-countries-2026-05-20.csv");
    const audit = await db.auditLog.findMany({ where: { campaignId: campaign.id }, orderBy: { createdAt: "asc" } });
    expect(audit).toMatchObject([
      { actorId: organizer.id, action: "export.signers" },
      { actorId: organizer.id, action: "export.countries" },
    ]);
    const csv = await text(signers!.stream);
    expect(csv).toContain("yes@example.org");
    expect(csv).not.toContain("no@example.org");
    expect(await text(countries!.stream)).toContain("KR,South Korea,2");
  });

  it("a campaign that does not exist: nothing opened, nothing logged", async () => {
    const { db, pool } = database;
    const organizer = await person(db);
    expect(await openCampaignExport({ db, pool, kind: "signers", campaignId: randomUUID(), actorId: organizer.id })).toBeNull();
    expect(await db.auditLog.count()).toBe(0);
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });
});
