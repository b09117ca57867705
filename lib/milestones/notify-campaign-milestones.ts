import type { Db, DbTx } from "../db";
import { enqueueEmail } from "../email/enqueue-email";
import { notifyOutbox } from "../email/outbox-signal";
import { isLocale } from "../i18n/locales";
import { dashboardPath } from "../campaigns/organizer-paths";
import { DEADLINE_MILESTONE, milestoneTemplate, reachedCountMilestones, type Milestone } from "./milestone-rules";

// No "server-only" here: the background jobs load it, like closeExpiredCampaigns.

/** A deadline further back than this is not announced (a campaign that ended before this feature existed). */
const DEADLINE_NOTICE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

type Candidate = { id: string; title: string; language: string; goal: number; count: number; deadlinePassed: boolean };

type NotifyCampaignMilestonesOptions = { db: Db; now?: Date };

export type MilestoneNotice = { campaignId: string; milestone: Milestone; organizers: number };

/**
 * Emails every organizer of a campaign once per milestone: the first 100 confirmed
 * signatures, half the goal, the goal, 10,000, 100,000, and its deadline passing. Run
 * every minute by the background jobs, off the signing path: one grouped query finds the
 * campaigns with a milestone not yet recorded. Each is recorded in CampaignMilestone with
 * INSERT … ON CONFLICT DO NOTHING, and its emails are queued in the same transaction only
 * when this run's insert made the row, so two processes running it at once email once.
 * When one run finds several count milestones passed at once (a burst, or the first run
 * after an upgrade) all are recorded, and only the largest is emailed.
 */
export async function notifyCampaignMilestones({ db, now = new Date() }: NotifyCampaignMilestonesOptions): Promise<MilestoneNotice[]> {
  const since = new Date(now.getTime() - DEADLINE_NOTICE_WINDOW_MS);
  const candidates = await db.$queryRaw<(Candidate & { recorded: string[] })[]>`
    SELECT c."id"::text, c."title", c."language", c."goal",
      COALESCE((SELECT sum(s."count") FROM "CampaignCounterShard" s WHERE s."campaignId" = c."id"), 0)::int AS "count",
      (c."closesAt" IS NOT NULL AND c."closesAt" <= ${now} AND c."closesAt" > ${since}) AS "deadlinePassed",
      COALESCE((SELECT array_agg(m."milestone") FROM "CampaignMilestone" m WHERE m."campaignId" = c."id"), '{}') AS "recorded"
    FROM "Campaign" c
    WHERE c."status" = 'PUBLISHED'
      OR (c."status" = 'CLOSED' AND c."closesAt" <= ${now} AND c."closesAt" > ${since})`;

  const notices: MilestoneNotice[] = [];
  for (const campaign of candidates) {
    const due: Milestone[] = [...reachedCountMilestones(campaign.count, campaign.goal), ...(campaign.deadlinePassed ? [DEADLINE_MILESTONE] : [])];
    if (due.every((milestone) => campaign.recorded.includes(milestone))) continue;
    notices.push(...(await db.$transaction((tx) => recordAndNotify(tx, campaign, due, now))));
  }
  if (notices.length > 0) notifyOutbox();
  return notices;
}

async function recordAndNotify(tx: DbTx, campaign: Candidate, due: Milestone[], now: Date): Promise<MilestoneNotice[]> {
  const inserted = await tx.$queryRaw<{ milestone: Milestone }[]>`
    INSERT INTO "CampaignMilestone" ("campaignId", "milestone", "reachedAt")
    SELECT ${campaign.id}::uuid, m, ${now} FROM unnest(${due}::text[]) AS m
    ON CONFLICT DO NOTHING
    RETURNING "milestone"`;
  const fresh = new Set(inserted.map((row) => row.milestone));
  // `due` lists count milestones smallest first: the last fresh one is the largest.
  const countMilestone = due.filter((milestone) => milestone !== DEADLINE_MILESTONE && fresh.has(milestone)).at(-1);
  const toEmail = [...(countMilestone ? [countMilestone] : []), ...(fresh.has(DEADLINE_MILESTONE) ? [DEADLINE_MILESTONE] : [])];
  if (toEmail.length === 0) return [];

  const organizers = await tx.campaignMember.findMany({ where: { campaignId: campaign.id }, select: { userId: true, user: { select: { email: true } } } });
  // People have no language setting yet: their campaign's language is the one they wrote in.
  const locale = isLocale(campaign.language) ? campaign.language : "en";
  for (const milestone of toEmail) {
    for (const organizer of organizers) {
      await enqueueEmail({
        tx,
        idempotencyKey: `milestone:${campaign.id}:${milestone}:${organizer.userId}`,
        to: organizer.user.email,
        locale,
        payload: {
          kind: "notice",
          template: milestoneTemplate(milestone),
          params: { title: campaign.title, count: campaign.count, goal: campaign.goal },
          path: dashboardPath(campaign.id),
        },
      });
    }
  }
  return toEmail.map((milestone) => ({ campaignId: campaign.id, milestone, organizers: organizers.length }));
}
