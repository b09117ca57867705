import { expect, test } from "@playwright/test";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { createPerson, signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { APP_SECRET, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";

test.use({ locale: "en-US" });

// A 401/403 from the provider pauses an update's send (tested against the Resend stand-in in
// lib/updates/deliver-broadcast-batches.integration.test.ts); the operator learns of it on the
// admin page and resumes it there once the key is fixed.
test("an admin sees a paused update send with the provider's reason and resumes it", async ({ context, page }) => {
  const db = e2eDb();
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("e2e-paused"), title: "Open the night shelter" });
  const update = await db.campaignUpdate.create({ data: { campaignId: campaign.id, title: "The mayor replied", body: "Read the reply." } });
  const { signature } = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET, email: uniqueEmail("paused") });
  const broadcast = await db.updateBroadcast.create({
    data: { updateId: update.id, status: "PAUSED", pausedReason: "401 invalid_api_key", recipientCount: 1 },
  });
  // Not due until resumed: resuming makes the waiting batches due at once.
  const batch = await db.broadcastBatch.create({
    data: { broadcastId: broadcast.id, seq: 0, idempotencyKey: `e2e-paused/${broadcast.id}/0`, nextAttemptAt: new Date(Date.now() + 86_400_000) },
  });
  await db.broadcastRecipient.create({ data: { broadcastId: broadcast.id, signatureId: signature.id, batchId: batch.id } });

  await signInAs(context, await createPerson({ role: "ADMIN" }));
  await page.goto("/admin");
  const paused = page.getByTestId("paused-broadcasts");
  await expect(paused.getByRole("heading", { name: "Paused email sends" })).toBeVisible();
  await expect(paused).toContainText("“The mayor replied” on “Open the night shelter”: 1 recipient waits.");
  await expect(paused).toContainText("The provider said: 401 invalid_api_key");
  await expectNoSeriousA11yViolations(page);

  await paused.getByRole("button", { name: /^Resume sending\s?: The mayor replied$/ }).click();
  await expect(paused.getByTestId("paused-broadcast-status")).toHaveText("Sending resumed.");
  const resumed = await db.updateBroadcast.findUniqueOrThrow({ where: { id: broadcast.id } });
  expect(resumed).toMatchObject({ status: expect.stringMatching(/^(SENDING|DONE)$/), pausedReason: null });
  expect((await db.broadcastBatch.findUniqueOrThrow({ where: { id: batch.id } })).nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());

  // Once resumed it is no longer listed.
  await page.reload();
  await expect(page.getByTestId("paused-broadcasts")).toHaveCount(0);
});
