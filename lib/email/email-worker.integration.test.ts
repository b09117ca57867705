import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pendingSignature, publishedCampaign } from "../../test/factories";
import { createTestDatabase, type TestDatabase } from "../../test/helpers/test-database";
import { createDevMailboxTransport } from "./dev-mailbox-transport";
import { startEmailWorker } from "./email-worker";
import { enqueueEmail } from "./enqueue-email";
import { notifyOutbox } from "./outbox-signal";

const secret = "integration-secret-integration-secret";
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("startEmailWorker", () => {
  it("delivers an enqueued email as soon as it is signalled, well before its next poll", async () => {
    const worker = startEmailWorker({
      db: database.db,
      transport: createDevMailboxTransport(database.db),
      from: "Chorus <a@b.org>",
      appUrl: "http://localhost:3000",
      secret,
      pollMs: 60_000,
    });
    try {
      const campaign = await publishedCampaign(database.db);
      const { signature } = await pendingSignature(database.db, { campaignId: campaign.id, secret });
      await database.db.$transaction((tx) =>
        enqueueEmail({
          tx,
          idempotencyKey: "worker-test",
          to: signature.email,
          locale: "zh",
          payload: { kind: "signature-confirmation", signatureId: signature.id, campaignTitle: "T" },
        }),
      );
      notifyOutbox();
      await expect
        .poll(() => database.db.devMailboxMessage.count(), { timeout: 5_000, interval: 50 })
        .toBe(1);
      const message = await database.db.devMailboxMessage.findFirstOrThrow();
      expect(message.subject).toBe("请确认你的签名：T");
    } finally {
      await worker.stop();
    }
  });
});
