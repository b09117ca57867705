import { expect, test, type Page } from "@playwright/test";
import { pendingSignature, publishedCampaign, uniqueSlug } from "../test/factories";
import { addToTeam, createPerson, signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { APP_SECRET, signInEnglish, uniqueEmail } from "./support/data";
import { e2eDb } from "./support/database";
import { openNewestEmailTo } from "./support/mailbox";

test.use({ locale: "en-US" });

const newCampaign = () => publishedCampaign(e2eDb(), { slug: uniqueSlug("e2e-ref"), title: "Keep the library open" });
const row = (campaignId: string, email: string) =>
  e2eDb().signature.findUniqueOrThrow({ where: { campaignId_email: { campaignId, email } } });

async function signAndConfirm(page: Page, path: string, name: string, email: string) {
  await page.goto(path);
  await signInEnglish(page, { name, email });
  await expect(page.getByTestId("sign-success")).toBeVisible();
  const received = await openNewestEmailTo(page, email);
  await page.goto(received.confirmUrl);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByTestId("confirmed-banner")).toBeVisible();
  return received.confirmUrl;
}

test("a signature made through a shared link credits its sharer, who is told on their confirmation page", async ({ browser }) => {
  // Three people sign and confirm through the mailbox, one after the other.
  test.setTimeout(180_000);
  const campaign = await newCampaign();
  const sharer = await (await browser.newContext({ locale: "en-US" })).newPage();
  const sharerEmail = uniqueEmail("sharer");
  const confirmUrl = await signAndConfirm(sharer, `/c/${campaign.slug}`, "Ann Lee", sharerEmail);
  const code = (await row(campaign.id, sharerEmail)).referralCode;

  await sharer.goto(confirmUrl);
  await expect(sharer.getByTestId("referral-reach")).toHaveText(
    "Nobody has signed through your link yet. Share it: every signature it brings is counted here.",
  );

  // A friend opens the shared link, wanders off, and signs later without it: the link keeps the credit.
  const friend = await browser.newPage();
  const friendEmail = uniqueEmail("friend");
  await friend.goto(`/c/${campaign.slug}?ref=${code}&src=line&utm_source=<script>news</script>&utm_campaign=${"x".repeat(300)}`);
  await friend.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith("chorus:attribution:")));
  await friend.goto(`/c/${campaign.slug}?ref=AAAAAAAAAAAA&src=weibo`);
  await signAndConfirm(friend, `/c/${campaign.slug}`, "Bo Kim", friendEmail);
  expect(await row(campaign.id, friendEmail)).toMatchObject({
    referredBy: code,
    source: "line",
    utmSource: "scriptnewsscript",
    utmCampaign: "x".repeat(64),
  });

  // The friend's own link brings a third signer: the sharer's chain grows.
  const friendCode = (await row(campaign.id, friendEmail)).referralCode;
  const third = await browser.newPage();
  await signAndConfirm(third, `/c/${campaign.slug}?ref=${friendCode}&src=x`, "Chen Wei", uniqueEmail("third"));

  await sharer.goto(confirmUrl);
  await expect(sharer.getByTestId("referral-reach")).toHaveText(
    "1 person has signed through your link, and 2 people in all, counting those who signed through theirs.",
  );
  await expectNoSeriousA11yViolations(sharer);
});

test("a malformed referral in the link never costs the signature", async ({ page }) => {
  const campaign = await newCampaign();
  const email = uniqueEmail("forged");
  await page.goto(`/c/${campaign.slug}?ref=%00%3Cscript%3E&src=%E2%80%AE%00evil&utm_medium=%E3%85%A4`);
  await signInEnglish(page, { name: "Dana", email });
  await expect(page.getByTestId("sign-success")).toBeVisible();
  expect(await row(campaign.id, email)).toMatchObject({ referredBy: null, source: "evil", utmMedium: null });
});

test("organizers see where signatures came from and who brought the most, by first name and country only", async ({ browser }) => {
  test.setTimeout(120_000);
  const db = e2eDb();
  const campaign = await newCampaign();
  const owner = await createPerson();
  await addToTeam(campaign.id, owner, "OWNER");
  // The signing path is the test above's; here the rows are made directly.
  const confirmed = async (name: string, country: string, attribution: { referredBy?: string; source?: string } = {}) => {
    const { signature } = await pendingSignature(db, { campaignId: campaign.id, secret: APP_SECRET });
    return db.signature.update({
      where: { id: signature.id },
      data: { name, country, status: "CONFIRMED", confirmedAt: new Date(), ...attribution },
    });
  };
  const sharerEmail = (await confirmed("Ann Lee", "KR")).email;
  const sharer = await db.signature.findFirstOrThrow({ where: { campaignId: campaign.id, email: sharerEmail } });
  await confirmed("Friend One", "DE", { referredBy: sharer.referralCode, source: "kakaotalk" });
  await confirmed("Friend Two", "DE", { referredBy: sharer.referralCode, source: "kakaotalk" });
  await confirmed("Friend Three", "JP", { referredBy: sharer.referralCode, source: "weibo" });

  const context = await browser.newContext({ locale: "en-US" });
  await signInAs(context, owner);
  const page = await context.newPage();
  await page.goto(`/dashboard/campaigns/${campaign.id}`);
  const channels = page.getByTestId("sharing-channel-table");
  await expect(channels.getByRole("row", { name: /KakaoTalk/ })).toContainText("2");
  await expect(channels.getByRole("row", { name: /Weibo/ })).toContainText("1");
  await expect(channels.getByRole("row", { name: /Direct/ })).toContainText("1");
  await expect(page.getByTestId("sharing-by-day")).toBeVisible();
  const referrers = page.getByTestId("top-referrers");
  await expect(referrers.getByRole("row", { name: /Ann/ })).toContainText("South Korea");
  await expect(referrers.getByRole("row", { name: /Ann/ })).toContainText("3");
  await expect(referrers).not.toContainText(sharerEmail);
  await expect(referrers).not.toContainText("Lee");
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
