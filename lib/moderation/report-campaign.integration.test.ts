import { describe, expect, it } from "vitest";
import { closedCampaign, draftCampaign, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { createDevMailboxTransport } from "../email/dev-mailbox-transport";
import { deliverDueEmails } from "../email/deliver-due-emails";
import type { UserRole } from "../generated/prisma/enums";
import { createReportRateLimiter, REPORTS_PER_IP_PER_HOUR } from "../security/report-rate-limiter";
import { moderationReportEmailKey, reportCampaign } from "./report-campaign";

const database = withTestDatabase();
const appUrl = "https://chorus.example.org";
const reason = "This campaign collects signatures for a fake charity.";

const user = (email: string, role: UserRole) => database.db.user.create({ data: { email, role } });

describe("reportCampaign", () => {
  it("stores the report and queues one email for each moderator and admin, nobody else", async () => {
    const campaign = await publishedCampaign(database.db, { title: "Free the test prisoners" });
    const moderator = await user("mod@example.org", "MODERATOR");
    const admin = await user("admin@example.org", "ADMIN");
    await user("organizer@example.org", "USER");

    const result = await reportCampaign({
      db: database.db,
      campaignId: campaign.id,
      reason: `  ${reason}\r\nSee their website.  `,
      reporterEmail: " Reporter@Example.org ",
      ipHash: "iphash-1",
    });

    expect(result).toEqual({ ok: true, reportId: expect.any(String) });
    const reportId = (result as { reportId: string }).reportId;
    expect(await database.db.campaignReport.findMany()).toEqual([
      expect.objectContaining({
        id: reportId,
        campaignId: campaign.id,
        reason: `${reason}\nSee their website.`,
        reporterEmail: "reporter@example.org",
        ipHash: "iphash-1",
        status: "OPEN",
      }),
    ]);
    const emails = await database.db.emailMessage.findMany({ orderBy: { toAddress: "asc" } });
    expect(emails.map((email) => [email.toAddress, email.kind, email.locale, email.idempotencyKey])).toEqual([
      ["admin@example.org", "moderation-report", "en", moderationReportEmailKey(reportId, admin.id)],
      ["mod@example.org", "moderation-report", "en", moderationReportEmailKey(reportId, moderator.id)],
    ]);
    expect(emails[0]!.payload).toEqual({
      kind: "moderation-report",
      reportId,
      campaignTitle: "Free the test prisoners",
      campaignSlug: campaign.slug,
      reason: `${reason}\nSee their website.`,
    });

    // Delivered once each, in English, pointing to the moderation queue; a second run sends nothing more.
    const deliver = () =>
      deliverDueEmails({ db: database.db, transport: createDevMailboxTransport(database.db), from: "Chorus <c@example.org>", appUrl, secret: TEST_SECRET });
    expect(await deliver()).toBe(2);
    expect(await deliver()).toBe(0);
    const mailbox = await database.db.devMailboxMessage.findMany({ orderBy: { toAddress: "asc" } });
    expect(mailbox.map((mail) => [mail.toAddress, mail.subject])).toEqual([
      ["admin@example.org", "Campaign reported: Free the test prisoners"],
      ["mod@example.org", "Campaign reported: Free the test prisoners"],
    ]);
    expect(mailbox[0]!.text).toContain(`${appUrl}/moderation`);
    expect(mailbox[0]!.text).toContain(reason);
    expect(mailbox[0]!.text).not.toContain("reporter@example.org");
  });

  it("refuses a missing or too short reason and a bad email clearly, saving nothing", async () => {
    const campaign = await publishedCampaign(database.db);
    await user("mod@example.org", "MODERATOR");
    const report = (fields: { reason?: unknown; reporterEmail?: unknown }) =>
      reportCampaign({ db: database.db, campaignId: campaign.id, ipHash: null, reason: fields.reason, reporterEmail: fields.reporterEmail });

    expect(await report({ reason: undefined })).toEqual({ ok: false, code: "VALIDATION_FAILED", fields: { reason: "reasonRequired" } });
    expect(await report({ reason: "   " })).toEqual({ ok: false, code: "VALIDATION_FAILED", fields: { reason: "reasonRequired" } });
    expect(await report({ reason: "bad", reporterEmail: "not-an-email" })).toEqual({
      ok: false,
      code: "VALIDATION_FAILED",
      fields: { reason: "reasonTooShort", reporterEmail: "emailInvalid" },
    });
    expect(await database.db.campaignReport.count()).toBe(0);
    expect(await database.db.emailMessage.count()).toBe(0);
  });

  it("accepts reports on closed campaigns but not on drafts or unknown ids", async () => {
    const closed = await closedCampaign(database.db);
    const draft = await draftCampaign(database.db);
    const report = (campaignId: string) => reportCampaign({ db: database.db, campaignId, reason, reporterEmail: "", ipHash: null });

    expect(await report(closed.id)).toMatchObject({ ok: true });
    expect(await report(draft.id)).toEqual({ ok: false, code: "CAMPAIGN_NOT_FOUND" });
    expect(await report("00000000-0000-4000-8000-000000000000")).toEqual({ ok: false, code: "CAMPAIGN_NOT_FOUND" });
    expect(await report("not-a-uuid")).toEqual({ ok: false, code: "CAMPAIGN_NOT_FOUND" });
    expect((await database.db.campaignReport.findMany()).map((row) => row.campaignId)).toEqual([closed.id]);
  });

  it("limits reports per address, shared by every process through PostgreSQL", async () => {
    const campaign = await publishedCampaign(database.db);
    await user("mod@example.org", "MODERATOR");
    // Two limiters on separate connections, as two processes would have.
    const limiters = [createReportRateLimiter(database.pool), createReportRateLimiter(database.pool)];
    const report = (ipHash: string | null, attempt: number, extra: { reason?: string } = {}) =>
      reportCampaign({ db: database.db, campaignId: campaign.id, reason: extra.reason ?? reason, reporterEmail: null, ipHash, limiter: limiters[attempt % 2] });

    // Invalid submissions do not use up the allowance.
    expect(await report("ip-a", 0, { reason: "short" })).toMatchObject({ code: "VALIDATION_FAILED" });
    for (let attempt = 0; attempt < REPORTS_PER_IP_PER_HOUR; attempt++) expect(await report("ip-a", attempt)).toMatchObject({ ok: true });
    const refused = await report("ip-a", REPORTS_PER_IP_PER_HOUR);
    expect(refused).toEqual({ ok: false, code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(3500);
    expect(await report("ip-b", 0)).toMatchObject({ ok: true });

    expect(await database.db.campaignReport.count()).toBe(REPORTS_PER_IP_PER_HOUR + 1);
    expect(await database.db.emailMessage.count()).toBe(REPORTS_PER_IP_PER_HOUR + 1);
  });
});
