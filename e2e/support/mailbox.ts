import { expect, type Page } from "@playwright/test";

// Email goes out through a background worker, so these helpers look at /dev/mailbox the
// way a person would: open the list, find the row for the address, open the message.

const rowsTo = (page: Page, address: string) =>
  page.getByTestId("mailbox-row").filter({ has: page.getByRole("cell", { name: address, exact: true }) });

export type ReceivedEmail = { subject: string; text: string; confirmUrl: string };

/** Waits for the newest email to `address`, opens it, and returns its subject and text. */
async function openNewestTo(page: Page, address: string): Promise<{ subject: string; text: string }> {
  const newest = rowsTo(page, address).first();
  await expect(async () => {
    await page.goto("/dev/mailbox");
    await expect(newest).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  const subjectLink = newest.getByRole("link");
  const subject = (await subjectLink.textContent())?.trim() ?? "";
  await subjectLink.click();
  await expect(page.getByTestId("mail-to")).toHaveText(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(subject);
  return { subject, text: (await page.getByTestId("mail-text").textContent()) ?? "" };
}

/** Waits for the newest email to `address`, opens it and returns its subject, text and confirm link. */
export async function openNewestEmailTo(page: Page, address: string): Promise<ReceivedEmail> {
  const { subject, text } = await openNewestTo(page, address);
  const confirmUrl = text.match(/http:\/\/127\.0\.0\.1:\d+\/confirm\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(confirmUrl, `no confirm link in the email text:\n${text}`).toBeTruthy();
  return { subject, text, confirmUrl: confirmUrl! };
}

/** How many emails to `address` the mailbox lists right now. */
export async function countEmailsTo(page: Page, address: string): Promise<number> {
  await page.goto("/dev/mailbox");
  return rowsTo(page, address).count();
}

/** Waits for the newest email to `address` and returns the first link in its text to a path starting with `pathPrefix`. */
export async function openNewestLinkTo(page: Page, address: string, pathPrefix: string): Promise<{ subject: string; url: string; text: string }> {
  const { subject, text } = await openNewestTo(page, address);
  const escaped = pathPrefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const url = text.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+${escaped}[^\\s)\\]]*`))?.[0];
  expect(url, `no ${pathPrefix} link in the email text:\n${text}`).toBeTruthy();
  return { subject, url: url!, text };
}
