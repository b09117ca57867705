import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../lib/db";
import { CONFIRMATION_TOKEN_TTL_MS, confirmationTokenFor, hashConfirmationToken } from "../lib/signatures/confirmation-token";
import { newReferralCode } from "../lib/signatures/referral-code";

// Test data named after the state it is in, shared by the integration and e2e suites.
type CampaignOverrides = Partial<{
  slug: string;
  title: string;
  goal: number;
  closesAt: Date | null;
  story: string;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "REJECTED" | "CLOSED" | "WON";
}>;

export function uniqueSlug(prefix = "test"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

async function campaign(db: Db, overrides: CampaignOverrides) {
  return db.campaign.create({
    data: {
      slug: overrides.slug ?? uniqueSlug(),
      title: overrides.title ?? "Free the test prisoners",
      summary: "A campaign made by a test.",
      story: overrides.story ?? "The **story** of a test campaign.",
      target: "The Minister of Tests",
      goal: overrides.goal ?? 1000,
      status: overrides.status ?? "PUBLISHED",
      closesAt: overrides.closesAt ?? null,
    },
  });
}

export const publishedCampaign = (db: Db, overrides: CampaignOverrides = {}) => campaign(db, overrides);
export const closedCampaign = (db: Db, overrides: CampaignOverrides = {}) =>
  campaign(db, { status: "CLOSED", ...overrides });
export const expiredCampaign = (db: Db, overrides: CampaignOverrides = {}) =>
  campaign(db, { closesAt: new Date(Date.now() - 60_000), ...overrides });
export const inReviewCampaign = (db: Db, overrides: CampaignOverrides = {}) =>
  campaign(db, { status: "IN_REVIEW", ...overrides });
export const draftCampaign = (db: Db, overrides: CampaignOverrides = {}) => campaign(db, { status: "DRAFT", ...overrides });

/** A signature waiting for its email to be confirmed; returns the token its link carries. */
export async function pendingSignature(
  db: Db,
  options: {
    campaignId: string;
    secret: string;
    email?: string;
    tokenExpiresAt?: Date;
    confirmationSentAt?: Date;
    createdAt?: Date;
  },
) {
  const id = randomUUID();
  const token = confirmationTokenFor(options.secret, id);
  const signature = await db.signature.create({
    data: {
      id,
      campaignId: options.campaignId,
      email: options.email ?? `signer-${randomBytes(4).toString("hex")}@example.org`,
      name: "Test Signer",
      country: "KR",
      locale: "en",
      confirmationTokenHash: hashConfirmationToken(token),
      tokenExpiresAt: options.tokenExpiresAt ?? new Date(Date.now() + CONFIRMATION_TOKEN_TTL_MS),
      confirmationSentAt: options.confirmationSentAt ?? new Date(),
      createdAt: options.createdAt ?? new Date(),
      referralCode: newReferralCode(),
    },
  });
  return { signature, token };
}

/** A signed-up person: an organizer by default, or a moderator or admin; trusted ones publish without review. */
export async function person(db: Db, options: { role?: "USER" | "MODERATOR" | "ADMIN"; trusted?: boolean; email?: string } = {}) {
  return db.user.create({
    data: {
      email: options.email ?? `person-${randomBytes(4).toString("hex")}@example.org`,
      role: options.role ?? "USER",
      trusted: options.trusted ?? false,
    },
  });
}
