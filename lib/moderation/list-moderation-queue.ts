import "server-only";
import type { Db } from "../db";

/** Campaigns waiting for a moderator, the longest-waiting first, with their organizer's email. */
export async function listModerationQueue({ db }: { db: Db }) {
  const campaigns = await db.campaign.findMany({
    where: { status: "IN_REVIEW" },
    select: { id: true, slug: true, title: true, submittedAt: true, createdAt: true, owner: { select: { email: true } } },
    // A campaign without a submission time (made by hand) counts from its creation.
    orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
  });
  return campaigns.map(({ owner, submittedAt, createdAt, ...campaign }) => ({
    ...campaign,
    submittedAt: submittedAt ?? createdAt,
    ownerEmail: owner?.email ?? null,
  }));
}
