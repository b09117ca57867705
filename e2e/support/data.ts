import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { e2eDb } from "./database";

/** The APP_SECRET playwright.config.ts gives the server, so factory tokens are valid there. */
export const APP_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e";

export const uniqueEmail = (tag = "e2e") => `${tag}-${randomBytes(5).toString("hex")}@example.org`;

/** The public count, as the JSON API reports it. */
export async function apiCount(request: APIRequestContext, slug: string): Promise<number> {
  const response = await request.get(`/api/v1/campaigns/${slug}`);
  expect(response.status()).toBe(200);
  return (await response.json()).signatureCount;
}

export const signatureRows = (campaignId: string) => e2eDb().signature.findMany({ where: { campaignId } });

/** Fills and submits the English sign form. */
export async function signInEnglish(page: Page, values: { name: string; email: string; country?: string }) {
  await page.getByLabel("Full name", { exact: true }).fill(values.name);
  await page.getByLabel("Email address", { exact: true }).fill(values.email);
  await page.getByLabel("Country or region").selectOption(values.country ?? "DE");
  await page.getByRole("button", { name: "Sign the petition" }).click();
}
