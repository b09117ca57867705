import { randomBytes } from "node:crypto";
import type { Db } from "../lib/db";
import { publishedCampaign, uniqueSlug } from "./factories";

// Rows for moderation and admin tests, named after their state; shared by the integration
// and e2e suites like test/factories.ts.

type Role = "USER" | "MODERATOR" | "ADMIN";

export async function person(db: Db, role: Role = "USER", tag = role.toLowerCase()) {
  return db.user.create({ data: { email: `${tag}-${randomBytes(5).toString("hex")}@example.org`, role, emailVerified: new Date() } });
}

/** A campaign as its owner submitted it for review: owner and team set, waiting since `submittedAt`. */
export async function inReviewCampaign(
  db: Db,
  options: { ownerId?: string; title?: string; language?: string; submittedAt?: Date; story?: string } = {},
) {
  const ownerId = options.ownerId ?? (await person(db, "USER", "owner")).id;
  const campaign = await publishedCampaign(db, { slug: uniqueSlug("review"), title: options.title, story: options.story, status: "IN_REVIEW" });
  await db.campaignMember.create({ data: { campaignId: campaign.id, userId: ownerId, role: "OWNER" } });
  return db.campaign.update({
    where: { id: campaign.id },
    data: { ownerId, submittedAt: options.submittedAt ?? new Date(), language: options.language ?? "en" },
  });
}

/** A live campaign with an owner. */
export async function liveCampaign(db: Db, options: { ownerId?: string; title?: string } = {}) {
  const campaign = await inReviewCampaign(db, options);
  return db.campaign.update({ where: { id: campaign.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
}

/** A report someone filed that no moderator has handled yet. */
export function openReport(db: Db, options: { campaignId: string; reason?: string; reporterEmail?: string | null; createdAt?: Date }) {
  return db.campaignReport.create({
    data: {
      campaignId: options.campaignId,
      reason: options.reason ?? "This campaign spreads false claims about a named person.",
      reporterEmail: options.reporterEmail === undefined ? `reporter-${randomBytes(4).toString("hex")}@example.org` : options.reporterEmail,
      createdAt: options.createdAt ?? new Date(),
    },
  });
}
