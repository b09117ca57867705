import { describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { campaignUpdate } from "../../test/update-factories";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { createDevMailboxTransport } from "../email/dev-mailbox-transport";
import { deliverDueEmails } from "../email/deliver-due-emails";
import { sendUpdateTest } from "./send-update-test";

const database = withTestDatabase();
const appUrl = "https://chorus.example.org";

describe("sendUpdateTest", () => {
  it("queues one email, marked as a test, showing the update as signers will get it", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db, { title: "Free them" });
    const update = await campaignUpdate(db, campaign.id, { title: "The embassy answered", kind: "RESPONSE", body: "They *listened*." });
    const result = await sendUpdateTest(db, { updateId: update.id, toAddress: " Organizer@Example.org ", locale: "ko", secret: TEST_SECRET, appUrl });
    expect(result).toEqual({ ok: true });
    const queued = await db.emailMessage.findFirstOrThrow();
    expect(queued).toMatchObject({ toAddress: "organizer@example.org", locale: "ko", kind: "update-test" });

    await deliverDueEmails({ db, transport: createDevMailboxTransport(db), from: "Chorus <no-reply@chorus.example.org>", appUrl, secret: TEST_SECRET });
    const mail = await db.devMailboxMessage.findFirstOrThrow();
    expect(mail.subject).toBe("[테스트] Free them: The embassy answered");
    expect(mail.html).toContain("테스트 이메일입니다.");
    expect(mail.html).toContain("<em>listened</em>");
    expect(mail.html).toContain("답변");
    expect(mail.text).toContain(`${appUrl}/c/${campaign.slug}?src=email`);
  });

  it("refuses an empty update, a missing one and a malformed address, queueing nothing", async () => {
    const { db } = database;
    const campaign = await publishedCampaign(db);
    const empty = await campaignUpdate(db, campaign.id, { title: "" });
    const options = { toAddress: "o@example.org", locale: "en" as const, secret: TEST_SECRET, appUrl };
    expect(await sendUpdateTest(db, { updateId: empty.id, ...options })).toEqual({ ok: false, code: "EMPTY_UPDATE" });
    expect(await sendUpdateTest(db, { updateId: "00000000-0000-4000-8000-000000000000", ...options })).toEqual({ ok: false, code: "NOT_FOUND" });
    const update = await campaignUpdate(db, campaign.id);
    expect(await sendUpdateTest(db, { ...options, updateId: update.id, toAddress: "not an address\r\nBcc: x@y.z" })).toEqual({ ok: false, code: "INVALID_ADDRESS" });
    expect(await db.emailMessage.count()).toBe(0);
  });
});
