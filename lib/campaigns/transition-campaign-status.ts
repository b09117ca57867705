import "server-only";
import type { DbTx } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { CampaignStatus } from "../generated/prisma/enums";

/** The new status and what changes with it. */
export type TransitionData = {
  status: CampaignStatus;
  submittedAt?: Date;
  publishedAt?: Date;
  /** When the campaign ended, unless it already had (closed first, then won). */
  endedAt?: Date;
  victoryMessage?: string;
  clearModerationReason?: boolean;
};

type TransitionOptions = {
  tx: DbTx;
  campaignId: string;
  /** The statuses the change may start from. */
  from: readonly CampaignStatus[];
  data: TransitionData;
};

export type TransitionResult =
  | { ok: true; before: CampaignStatus; campaign: { id: string; slug: string; title: string; language: string } }
  | { ok: false; current: CampaignStatus | null };

type Row = { before: CampaignStatus; id: string; slug: string; title: string; language: string };

/**
 * Moves a campaign from one of `from` to a new status in one conditional UPDATE: the
 * `status IN (from)` condition is what stops two requests at once from both applying.
 * PostgreSQL re-checks it on the newest row version when a concurrent change made the
 * statement wait, so the second finds the status changed and updates nothing. The status
 * before (for the audit row) is read under the same row lock.
 */
export async function transitionCampaignStatus({ tx, campaignId, from, data }: TransitionOptions): Promise<TransitionResult> {
  const sets = [Prisma.sql`"status" = ${data.status}::"CampaignStatus"`, Prisma.sql`"updatedAt" = now()`];
  if (data.submittedAt) sets.push(Prisma.sql`"submittedAt" = ${data.submittedAt}`);
  if (data.publishedAt) sets.push(Prisma.sql`"publishedAt" = ${data.publishedAt}`);
  if (data.endedAt) sets.push(Prisma.sql`"endedAt" = COALESCE(c."endedAt", ${data.endedAt})`);
  if (data.victoryMessage !== undefined) sets.push(Prisma.sql`"victoryMessage" = ${data.victoryMessage}`);
  if (data.clearModerationReason) sets.push(Prisma.sql`"moderationReason" = NULL`);

  const [row] = await tx.$queryRaw<Row[]>`
    WITH old AS (SELECT "id", "status" FROM "Campaign" WHERE "id" = ${campaignId}::uuid FOR UPDATE)
    UPDATE "Campaign" c SET ${Prisma.join(sets, ", ")}
    FROM old
    WHERE c."id" = old."id" AND c."status"::text = ANY(${[...from]}::text[])
    RETURNING old."status" AS "before", c."id", c."slug", c."title", c."language"`;
  if (row) {
    const { before, ...campaign } = row;
    return { ok: true, before, campaign };
  }
  const current = await tx.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
  return { ok: false, current: current?.status ?? null };
}
