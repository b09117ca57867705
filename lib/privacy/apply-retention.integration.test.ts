import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { confirmSignature } from "../signatures/confirm-signature";
import { applyRetention, RETENTION } from "./apply-retention";

const database = withTestDatabase();
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

async function email(status: "PENDING" | "SENT" | "FAILED", createdAt: Date) {
  return database.db.emailMessage.create({
    data: { idempotencyKey: randomUUID(), kind: "signature-confirmation", toAddress: "a@example.org", locale: "en", payload: {}, status, createdAt },
  });
}

describe("applyRetention", () => {
  it("deletes unconfirmed signatures a week after their link expired, and nothing younger or confirmed", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const stale = await pendingSignature(db, { campaignId: campaign.id, secret: TEST_SECRET, tokenExpiresAt: daysAgo(RETENTION.unconfirmedAfterLinkExpiryDays + 1) });
    const recentlyExpired = await pendingSignature(db, { campaignId: campaign.id, secret: TEST_SECRET, tokenExpiresAt: daysAgo(1) });
    const confirmed = await pendingSignature(db, { campaignId: campaign.id, secret: TEST_SECRET });
    await confirmSignature({ db, token: confirmed.token });
    await db.signature.update({ where: { id: confirmed.signature.id }, data: { tokenExpiresAt: daysAgo(365) } });

    const result = await applyRetention({ db });
    expect(result.unconfirmedSignatures).toBe(1);
    const left = (await db.signature.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([recentlyExpired.signature.id, confirmed.signature.id].sort());
    expect(left).not.toContain(stale.signature.id);
  });

  it("clears address hashes after 30 days but keeps the signature", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const old = await pendingSignature(db, { campaignId: campaign.id, secret: TEST_SECRET, createdAt: daysAgo(RETENTION.ipHashDays + 1) });
    const fresh = await pendingSignature(db, { campaignId: campaign.id, secret: TEST_SECRET });
    await db.signature.updateMany({ data: { ipHash: "hash" } });

    expect((await applyRetention({ db })).ipHashesCleared).toBe(1);
    expect((await db.signature.findUniqueOrThrow({ where: { id: old.signature.id }, select: { ipHash: true } })).ipHash).toBeNull();
    expect((await db.signature.findUniqueOrThrow({ where: { id: fresh.signature.id }, select: { ipHash: true } })).ipHash).toBe("hash");
  });

  it("deletes delivered and failed emails after 30 days, never one still to be sent", async () => {
    const { db } = database;
    const oldSent = await email("SENT", daysAgo(31));
    const oldFailed = await email("FAILED", daysAgo(31));
    const oldPending = await email("PENDING", daysAgo(31));
    const recentSent = await email("SENT", daysAgo(1));

    expect((await applyRetention({ db })).emails).toBe(2);
    const left = (await db.emailMessage.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([oldPending.id, recentSent.id].sort());
    expect(left).not.toContain(oldSent.id);
    expect(left).not.toContain(oldFailed.id);
  });

  it("deletes sign-in link emails after a day, even one never sent, and keeps other notices", async () => {
    const { db } = database;
    const notice = (template: string, createdAt: Date, status: "SENT" | "PENDING") =>
      db.emailMessage.create({
        data: {
          idempotencyKey: `${template}:${createdAt.getTime()}:${status}`,
          kind: "notice",
          toAddress: "organizer@example.org",
          locale: "en",
          payload: { kind: "notice", template, params: {}, path: "/sign-in/confirm?token=secret" },
          status,
          createdAt,
        },
      });
    await notice("authEmail.signIn", daysAgo(2), "SENT");
    await notice("authEmail.signIn", daysAgo(2), "PENDING");
    const fresh = await notice("authEmail.signIn", new Date(), "SENT");
    const other = await notice("teamEmail.invited", daysAgo(2), "SENT");

    expect((await applyRetention({ db })).signInEmails).toBe(2);
    const left = (await db.emailMessage.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([fresh.id, other.id].sort());
  });
});
