import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeResend } from "../../test/helpers/fake-resend-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { suppressAllEmail } from "../unsubscribe/suppress-all-email";
import { deliverDueEmails } from "./deliver-due-emails";
import type { EmailPayload } from "./email-kinds";
import { enqueueEmail } from "./enqueue-email";
import { createResendTransport } from "./resend-transport";

const secret = TEST_SECRET;
const apiKey = "re_test_key";
const database = withTestDatabase();
let resend: Awaited<ReturnType<typeof startFakeResend>>;

beforeEach(async () => {
  await database.db.emailSuppression.deleteMany();
  resend = await startFakeResend(apiKey);
  process.env.RESEND_BASE_URL = resend.url;
});
afterEach(async () => {
  await resend.close();
  delete process.env.RESEND_BASE_URL;
});

const notice = (template: string): EmailPayload => ({ kind: "notice", template, params: { email: "x", title: "T", inviter: "i" }, path: "/" });

async function queue(key: string, to: string, payload: EmailPayload) {
  await database.db.$transaction((tx) => enqueueEmail({ tx, idempotencyKey: key, to, locale: "en", payload }));
}

const deliver = () =>
  deliverDueEmails({
    db: database.db,
    transport: createResendTransport(apiKey),
    from: "Chorus <no-reply@chorus.example.org>",
    appUrl: "https://chorus.example.org",
    secret,
  });

describe("the outbox and suppressed inboxes", () => {
  it("sends a suppressed inbox only its sign-in links; other mail is given up unsent", async () => {
    for (const [address, reason] of [
      ["bounced@example.org", "BOUNCED"],
      ["complained@example.org", "COMPLAINED"],
      ["stopped@example.org", "UNSUBSCRIBED_ALL"],
    ] as const) {
      await suppressAllEmail(database.db, { secret, address, reason });
      await queue(`sign-in-${reason}`, address, notice("authEmail.signIn"));
      await queue(`invite-${reason}`, address, notice("teamEmail.invited"));
    }
    await queue("invite-ok", "fine@example.org", notice("teamEmail.invited"));
    await deliver();

    expect(resend.delivered.map((request) => request.idempotencyKey).sort()).toEqual(
      ["invite-ok", "sign-in-BOUNCED", "sign-in-COMPLAINED", "sign-in-UNSUBSCRIBED_ALL"].sort(),
    );
    const skipped = await database.db.emailMessage.findMany({ where: { idempotencyKey: { startsWith: "invite-" }, status: "FAILED" } });
    expect(skipped.map((message) => message.idempotencyKey).sort()).toEqual(["invite-BOUNCED", "invite-COMPLAINED", "invite-UNSUBSCRIBED_ALL"]);
    expect(skipped.every((message) => message.lastError?.startsWith("skipped: the inbox is suppressed"))).toBe(true);
  });
});
