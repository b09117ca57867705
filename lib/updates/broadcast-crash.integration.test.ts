import { afterEach, describe, expect, it } from "vitest";
import { publishedCampaign } from "../../test/factories";
import { startFakeResend } from "../../test/helpers/fake-resend-server";
import { TEST_SECRET, withTestDatabase } from "../../test/helpers/test-database";
import { spawnWorker } from "../../test/helpers/worker-process";
import { insertConfirmedSignaturesInBulk } from "../../test/signature-rows";
import { campaignUpdate } from "../../test/update-factories";
import { startUpdateBroadcast } from "./start-update-broadcast";

const database = withTestDatabase();
const apiKey = "re_crash_test_key";
const RECIPIENTS = 1_500;
let cleanup: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe("a worker killed in the middle of a send", () => {
  it("ends with every recipient having exactly one email accepted by the provider, none missing", { timeout: 180_000 }, async () => {
    const { db, pool, url } = database;
    const resend = await startFakeResend(apiKey, { latencyMs: 20 });
    cleanup.push(() => resend.close());
    const campaign = await publishedCampaign(db);
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: RECIPIENTS });
    const addresses = (await db.signature.findMany({ select: { email: true } })).map((row) => row.email);
    const update = await campaignUpdate(db, campaign.id);
    const started = await startUpdateBroadcast(db, { updateId: update.id, startedById: null });
    if (!started.ok) throw new Error(started.code);

    const env = {
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "4",
      APP_SECRET: TEST_SECRET,
      APP_URL: "https://chorus.example.org",
      EMAIL_FROM: "Chorus <updates@chorus.example.org>",
      RESEND_API_KEY: apiKey,
      RESEND_BASE_URL: resend.url,
      EMAIL_MAX_REQUESTS_PER_SECOND: "0",
      EMAIL_BATCH_CONCURRENCY: "3",
      // A short lease, so the restarted worker may take over the dead one's batches soon.
      EMAIL_BATCH_LEASE_SECONDS: "3",
      WORKER_POLL_MS: "100",
    };
    const first = spawnWorker(env);
    cleanup.push(async () => {
      first.child.kill("SIGKILL");
    });
    // Let it send part of the broadcast, then hang the provider on its next requests.
    await expect.poll(() => resend.acceptedPerAddress.size, { timeout: 60_000, interval: 25 }).toBeGreaterThanOrEqual(300);
    resend.holdNext(1_000);
    await expect.poll(() => resend.heldCount, { timeout: 30_000, interval: 10 }).toBeGreaterThanOrEqual(1);
    first.child.kill("SIGKILL");
    await first.exited;
    const sentBeforeKill = resend.acceptedPerAddress.size;
    expect(sentBeforeKill).toBeLessThan(RECIPIENTS);
    // The requests in flight when it died reach the provider all the same (the dangerous
    // case: accepted, but never recorded as sent).
    resend.stopHolding();
    resend.releaseHeld();
    await expect.poll(() => resend.acceptedPerAddress.size, { timeout: 10_000, interval: 25 }).toBeGreaterThan(sentBeforeKill);

    const second = spawnWorker(env);
    cleanup.push(async () => {
      second.child.kill("SIGTERM");
      await second.exited;
    });
    await expect
      .poll(async () => (await db.updateBroadcast.findUniqueOrThrow({ where: { id: started.broadcastId } })).status, { timeout: 90_000, interval: 100 })
      .toBe("DONE");

    expect(resend.rejected).toEqual([]);
    const duplicates = [...resend.acceptedPerAddress.entries()].filter(([, count]) => count !== 1);
    expect(duplicates).toEqual([]);
    const missing = addresses.filter((address) => !resend.acceptedPerAddress.has(address));
    expect(missing).toEqual([]);
    expect(resend.acceptedPerAddress.size).toBe(RECIPIENTS);
    // Some batch really was sent twice (before and after the crash), and answered once.
    const keys = resend.receivedBatches.map((batch) => batch.idempotencyKey);
    expect(keys.length).toBeGreaterThan(new Set(keys).size);
    expect(await db.broadcastRecipient.count({ where: { status: "SENT", providerId: { not: null } } })).toBe(RECIPIENTS);
  });
});
