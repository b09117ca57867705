import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import type { Db } from "../db";
import { signatureRow } from "../../test/signature-rows";
import { getSignaturesOverTime, MAX_BUCKETS } from "./get-signatures-over-time";

const database = withTestDatabase();
const utc = (iso: string) => new Date(`${iso}Z`);

describe("getSignaturesOverTime", () => {
  it("counts by UTC day of creation, confirmed and still pending, with empty days as zeros, whatever the session's time zone", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const other = await publishedCampaign(db);
    const row = (createdAt: string, status: "CONFIRMED" | "PENDING" | "WITHDRAWN" = "CONFIRMED", campaignId = campaign.id) =>
      signatureRow(db, { campaignId, status, createdAt: utc(createdAt) });
    await row("2026-02-28T23:59:59.999"); // before the first day
    await row("2026-03-01T23:59:59.999"); // late on the 1st in UTC, the 2nd in Seoul
    await row("2026-03-02T00:00:00.000", "PENDING");
    await row("2026-03-02T08:00:00.000");
    await row("2026-03-02T09:00:00.000");
    await row("2026-03-03T12:00:00.000", "WITHDRAWN");
    await row("2026-03-03T12:00:00.000", "CONFIRMED", other.id);
    await row("2026-03-04T09:00:00.000", "PENDING");
    await row("2026-03-05T00:00:00.000"); // after the last day

    // A date_trunc without an explicit UTC would follow the session's zone.
    const result = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL TimeZone = 'Asia/Seoul'`;
      return getSignaturesOverTime({
        db: tx as unknown as Db,
        campaignId: campaign.id,
        granularity: "day",
        since: utc("2026-03-01T15:00:00"),
        until: utc("2026-03-04T10:00:00"),
      });
    });

    expect(result).toEqual({
      ok: true,
      buckets: [
        { start: "2026-03-01T00:00:00.000Z", confirmed: 1, pending: 0 },
        { start: "2026-03-02T00:00:00.000Z", confirmed: 2, pending: 1 },
        { start: "2026-03-03T00:00:00.000Z", confirmed: 0, pending: 0 },
        { start: "2026-03-04T00:00:00.000Z", confirmed: 0, pending: 1 },
      ],
    });
  });

  it("counts by hour, until now by default", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const hour = 3_600_000;
    const thisHour = new Date(Math.floor(Date.now() / hour) * hour);
    await signatureRow(db, { campaignId: campaign.id, createdAt: new Date(thisHour.getTime() - 2 * hour - 1) });
    await signatureRow(db, { campaignId: campaign.id, createdAt: new Date(thisHour.getTime() - 2 * hour), status: "PENDING" });
    await signatureRow(db, { campaignId: campaign.id, createdAt: thisHour });

    const result = await getSignaturesOverTime({ db, campaignId: campaign.id, granularity: "hour", since: new Date(thisHour.getTime() - 2 * hour + 1) });

    expect(result).toEqual({
      ok: true,
      buckets: [
        { start: new Date(thisHour.getTime() - 2 * hour).toISOString(), confirmed: 0, pending: 1 },
        { start: new Date(thisHour.getTime() - hour).toISOString(), confirmed: 0, pending: 0 },
        { start: thisHour.toISOString(), confirmed: 1, pending: 0 },
      ],
    });
  });

  it("refuses a range of more buckets than a chart needs, and an invalid date", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const until = utc("2026-03-01T00:00:00");
    const since = (buckets: number) => new Date(until.getTime() - buckets * 3_600_000);
    expect(await getSignaturesOverTime({ db, campaignId: campaign.id, granularity: "hour", since: since(MAX_BUCKETS + 1), until })).toEqual({ ok: false, code: "RANGE_TOO_LONG" });
    const longest = await getSignaturesOverTime({ db, campaignId: campaign.id, granularity: "hour", since: since(MAX_BUCKETS - 1), until });
    expect(longest.ok && longest.buckets.length).toBe(MAX_BUCKETS);
    expect(await getSignaturesOverTime({ db, campaignId: campaign.id, granularity: "day", since: new Date("not a date") })).toEqual({ ok: false, code: "INVALID_SINCE" });
  });
});
