import { spawn } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { closedCampaign, draftCampaign, expiredCampaign, publishedCampaign } from "../../test/factories";
import { withTestDatabase } from "../../test/helpers/test-database";
import { closeExpiredCampaigns, CLOSED_AT_DEADLINE_ACTION } from "./close-expired-campaigns";

const database = withTestDatabase();
const JOB_SCRIPT = path.resolve(import.meta.dirname, "../../test/helpers/close-expired-campaigns-process.ts");

const JOB_APPLICATION = "close-expired-campaigns-race";

type JobProcess = { ready: Promise<void>; closed: Promise<string[]>; stderr: () => string; kill: () => void };

/** Runs the job in a Node process of its own; `closed` resolves to the ids it closed. */
function runJobInAnotherProcess(databaseUrl: string): JobProcess {
  const url = new URL(databaseUrl);
  url.searchParams.set("application_name", JOB_APPLICATION);
  const child = spawn(process.execPath, ["--import", "tsx", JOB_SCRIPT, url.toString()], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.startsWith("ready\n")) markReady();
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<string[]>((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`the job process exited with ${code}:\n${stderr}`));
      resolve(JSON.parse(stdout.split("\n")[1]!) as string[]);
    });
  });
  // Handled here too, so a job killed after a failed assertion is no unhandled rejection.
  closed.catch(() => {});
  // A job that fails before it is ready fails the test instead of leaving it waiting.
  const failedEarly = closed.then(() => {});
  return {
    ready: Promise.race([ready, failedEarly]),
    closed,
    stderr: () => stderr,
    kill: () => child.kill(),
  };
}

describe("closeExpiredCampaigns", () => {
  it("closes published campaigns past their deadline at their deadline, with one audit row each", async () => {
    const now = new Date();
    const deadline = new Date(now.getTime() - 90_000);
    const expired = await expiredCampaign(database.db, { closesAt: deadline });
    const future = await publishedCampaign(database.db, { closesAt: new Date(now.getTime() + 60_000) });
    const endless = await publishedCampaign(database.db);
    const alreadyClosed = await closedCampaign(database.db, { closesAt: deadline });
    const draft = await draftCampaign(database.db, { closesAt: deadline });

    expect(await closeExpiredCampaigns({ db: database.db, now })).toEqual([expired.id]);

    const after = await database.db.campaign.findUniqueOrThrow({ where: { id: expired.id } });
    expect(after).toMatchObject({ status: "CLOSED", endedAt: deadline });
    for (const untouched of [future, endless, alreadyClosed, draft]) {
      const row = await database.db.campaign.findUniqueOrThrow({ where: { id: untouched.id } });
      expect([row.status, row.endedAt]).toEqual([untouched.status, null]);
    }
    const audit = await database.db.auditLog.findMany();
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: null,
        action: CLOSED_AT_DEADLINE_ACTION,
        campaignId: expired.id,
        before: { status: "PUBLISHED" },
        after: { status: "CLOSED", endedAt: expect.any(String) },
      }),
    ]);
    expect(new Date((audit[0]!.after as { endedAt: string }).endedAt)).toEqual(deadline);

    // Nothing left to do: a second run changes and audits nothing.
    expect(await closeExpiredCampaigns({ db: database.db, now })).toEqual([]);
    expect(await database.db.auditLog.count()).toBe(1);
  });

  it("closes each campaign exactly once when two processes run it at the same moment", async () => {
    const campaigns = await Promise.all(
      Array.from({ length: 40 }, (_, i) => expiredCampaign(database.db, { closesAt: new Date(Date.now() - 60_000 - i * 1000) })),
    );
    const ids = campaigns.map((campaign) => campaign.id).sort();

    // The barrier: this connection holds every expired campaign's row lock, so both jobs
    // start their UPDATE and wait; once both are seen waiting, the locks are released at once.
    const holder = new pg.Client({ connectionString: database.url });
    let jobs: JobProcess[] = [];
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT "id" FROM "Campaign" WHERE "status" = 'PUBLISHED' FOR UPDATE`);
      jobs = [runJobInAnotherProcess(database.url), runJobInAnotherProcess(database.url)];
      await Promise.all(jobs.map((job) => job.ready));
      const giveUpAt = Date.now() + 90_000;
      for (let waiting = 0; waiting < 2; await sleep(50)) {
        const { rows } = await holder.query<{ waiting: number }>(
          `SELECT count(*)::int AS "waiting" FROM pg_stat_activity
           WHERE datname = current_database() AND application_name = $1 AND wait_event_type = 'Lock'`,
          [JOB_APPLICATION],
        );
        waiting = rows[0]!.waiting;
        if (Date.now() > giveUpAt) {
          const activity = await holder.query(`SELECT application_name, state, wait_event_type, wait_event, left(query, 80) AS query FROM pg_stat_activity WHERE datname = current_database()`);
          throw new Error(`the jobs never both waited for the rows:\n${JSON.stringify(activity.rows, null, 1)}\n${jobs.map((job) => job.stderr()).join("\n")}`);
        }
      }
      await holder.query("COMMIT");

      const [first, second] = await Promise.all(jobs.map((job) => job.closed));
      // Between them the two processes closed every campaign, and no campaign twice.
      expect([...first!, ...second!].sort()).toEqual(ids);
    } finally {
      await holder.end();
      for (const job of jobs) job.kill();
    }

    const audit = await database.db.auditLog.findMany({ where: { action: CLOSED_AT_DEADLINE_ACTION } });
    expect(audit.map((row) => row.campaignId).sort()).toEqual(ids);
    const closed = await database.db.campaign.findMany({ where: { id: { in: ids } } });
    expect(closed.every((campaign) => campaign.status === "CLOSED" && campaign.endedAt?.getTime() === campaign.closesAt?.getTime())).toBe(true);
    // Starting two Node processes that load Prisma through tsx takes a while on a busy machine.
  }, 180_000);
});
