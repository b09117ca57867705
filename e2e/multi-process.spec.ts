import { expect, test } from "@playwright/test";
import { pendingSignature, publishedCampaign } from "../test/factories";
import { startAnotherAppProcess } from "./support/app-process";
import { addToTeam, createPerson, signInAs } from "./support/auth";
import { followCountStream } from "./support/count-stream";
import { e2eDb } from "./support/database";
import { mailboxAccess } from "./support/mailbox-key";

const secret = "e2e-secret-e2e-secret-e2e-secret-e2e";

test.describe("two app processes on one database", () => {
  let second: Awaited<ReturnType<typeof startAnotherAppProcess>>;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    second = await startAnotherAppProcess();
  });
  test.afterAll(async () => {
    await second?.stop();
  });

  test("streams on both processes see every confirmation made through one, within a second", async ({ baseURL }) => {
    const db = e2eDb();
    const campaign = await publishedCampaign(db);
    const tokens: string[] = [];
    for (let index = 0; index < 40; index++) tokens.push((await pendingSignature(db, { campaignId: campaign.id, secret })).token);

    const onFirst = await followCountStream(baseURL!, campaign.slug);
    const onSecond = await followCountStream(second.url, campaign.slug);
    expect(onFirst.contentType).toContain("text/event-stream");
    await expect.poll(() => [onFirst.latest(), onSecond.latest()]).toEqual([0, 0]);

    // Confirm through the first process's API, all at once.
    const results = await Promise.all(
      tokens.map((token) =>
        fetch(`${baseURL}/api/v1/confirmations`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ token }),
        }).then((response) => response.status),
      ),
    );
    const lastCommitAt = Date.now();
    expect(results.every((status) => status === 200)).toBe(true);

    await expect.poll(() => [onFirst.latest(), onSecond.latest()], { timeout: 5_000, intervals: [50] }).toEqual([40, 40]);
    for (const stream of [onFirst, onSecond]) {
      const final = stream.counts.find((entry) => entry.count === 40)!;
      expect(final.at - lastCommitAt).toBeLessThan(1_000);
      // Counts only ever go up.
      const values = stream.counts.map((entry) => entry.count);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
    await onFirst.close();
    await onSecond.close();
  });

  test("a page on each process shows a signature confirmed on the other, without reloading", async ({ browser, baseURL }) => {
    const db = e2eDb();
    const campaign = await publishedCampaign(db, { goal: 2 });
    const first = await pendingSignature(db, { campaignId: campaign.id, secret });
    const secondSignature = await pendingSignature(db, { campaignId: campaign.id, secret });
    await db.signature.update({ where: { id: secondSignature.signature.id }, data: { name: "Min-jun Kim" } });

    const pageOnFirst = await (await browser.newContext({ storageState: mailboxAccess })).newPage();
    const pageOnSecond = await (await browser.newContext({ storageState: mailboxAccess })).newPage();
    await pageOnFirst.goto(`${baseURL}/c/${campaign.slug}`);
    await pageOnSecond.goto(`${second.url}/c/${campaign.slug}`);
    await expect(pageOnFirst.getByTestId("signature-count")).toHaveAttribute("data-count", "0");

    // A person confirms on the second process, through the confirm page's button.
    await pageOnSecond.goto(`${second.url}/confirm/${first.token}`);
    await pageOnSecond.getByRole("button", { name: "Confirm my signature" }).click();
    await expect(pageOnFirst.getByTestId("signature-count")).toHaveAttribute("data-count", "1", { timeout: 3_000 });

    await fetch(`${second.url}/api/v1/confirmations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Appearing among recent signers is the confirming person's choice, made here.
      body: JSON.stringify({ token: secondSignature.token, showPublicly: true }),
    });
    await expect(pageOnFirst.getByTestId("signature-count")).toHaveAttribute("data-count", "2", { timeout: 3_000 });
    await expect(pageOnFirst.getByTestId("signature-count")).toHaveText("2 signatures");
    // The goal of 2 was reached: a celebration, and the next goal.
    await expect(pageOnFirst.getByTestId("goal-reached")).toContainText("Next goal: 5");
    await expect(pageOnFirst.getByTestId("recent-signers")).toContainText("Min-jun from");
    await expect(pageOnFirst.getByTestId("recent-signers")).not.toContainText("Kim");
  });

  test("an organizer's edit through one process shows at once on a page the other had cached", async ({ context, page }) => {
    const organizer = await createPerson({ trusted: true });
    const campaign = await publishedCampaign(e2eDb(), { story: "The story before the edit, as launched." });
    await addToTeam(campaign.id, organizer);
    const visitSecond = async () =>
      (await fetch(`${second.url}/c/${campaign.slug}`, { headers: { "accept-language": "en-US,en;q=0.9" } })).text();
    await visitSecond();
    expect(await visitSecond()).toContain("The story before the edit, as launched.");

    // Through the first process (Playwright's own server).
    await signInAs(context, organizer);
    await page.goto(`/dashboard/campaigns/${campaign.id}/edit`);
    await page.getByLabel("Your story").fill("The story after the edit, made through the other process.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("edit-done")).toHaveText("Your changes are saved.");

    // The second process heard it through PostgreSQL: no 30-second wait for its cache.
    await expect.poll(visitSecond, { timeout: 3_000 }).toContain("The story after the edit, made through the other process.");
  });
});
