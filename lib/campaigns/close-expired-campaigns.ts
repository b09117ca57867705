import type { Db } from "../db";

// No "server-only" here: the Chorus server (plain Node, outside Next.js's bundles) loads
// the background jobs too, to stop them.

export const CLOSED_AT_DEADLINE_ACTION = "campaign.closed_at_deadline";

type CloseExpiredCampaignsOptions = { db: Db; now?: Date };

/**
 * Closes every published campaign whose deadline has passed, ending it at its deadline,
 * with one audit row each (no person acted: actorId is null). One statement: the UPDATE
 * and the audit INSERT commit together, and under READ COMMITTED a second process running
 * it at the same time waits on the rows the first one is closing, re-checks them once
 * that commits, finds them no longer PUBLISHED and skips them: every campaign is closed,
 * and audited, exactly once however many processes run the job. Returns the closed ids.
 */
export async function closeExpiredCampaigns({ db, now = new Date() }: CloseExpiredCampaignsOptions): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH closed AS (
      UPDATE "Campaign" SET "status" = 'CLOSED', "endedAt" = "closesAt", "updatedAt" = ${now}
      WHERE "status" = 'PUBLISHED' AND "closesAt" <= ${now}
      RETURNING "id", "closesAt"
    ), audited AS (
      INSERT INTO "AuditLog" ("id", "actorId", "action", "campaignId", "before", "after", "createdAt")
      SELECT gen_random_uuid(), NULL, ${CLOSED_AT_DEADLINE_ACTION}, closed."id",
        jsonb_build_object('status', 'PUBLISHED'),
        jsonb_build_object('status', 'CLOSED', 'endedAt', closed."closesAt"),
        ${now}
      FROM closed
      RETURNING "campaignId"
    )
    SELECT "campaignId"::text AS "id" FROM audited`;
  return rows.map((row) => row.id);
}
