import { readFileSync } from "node:fs";
import os from "node:os";
import { createDatabase, type RunningPostgres } from "../../lib/database/embedded-postgres";
import { applyMigrations } from "../../lib/database/migrate";
import { createDb } from "../../lib/db";
import { startUpdateBroadcast } from "../../lib/updates/start-update-broadcast";
import { publishedCampaign } from "../../test/factories";
import { startFakeResend } from "../../test/helpers/fake-resend-server";
import { spawnWorker } from "../../test/helpers/worker-process";
import { treeCpuSeconds } from "./process-cpu";
import { insertConfirmedSignaturesInBulk } from "../../test/signature-rows";
import { campaignUpdate } from "../../test/update-factories";

export type EmailDeliveryResult = {
  recipients: number;
  seedSeconds: number;
  /** startUpdateBroadcast: the snapshot into batches, one transaction. */
  snapshotSeconds: number;
  /** From the worker's first request to the broadcast marked DONE. */
  sendSeconds: number;
  recipientsPerSecond: number;
  /** From spawning the worker process to DONE (its start-up included). */
  totalSeconds: number;
  requests: number;
  /** CPU the worker used while sending, and the rate one free core would reach at that cost. */
  workerCpuSeconds: number;
  recipientsPerCpuSecond: number;
  /** CPU of this process (the Resend stand-in parsing and checking every request) while sending. */
  standInCpuSeconds: number;
  /** CPU of PostgreSQL (all its processes) while sending, when its postmaster's pid is known. */
  databaseCpuSeconds: number | null;
  workers: number;
  /** The largest peak resident memory (VmHWM) of the worker processes. */
  workerPeakRssMiB: number;
  concurrency: number;
  duplicates: number;
  missing: number;
};

const API_KEY = "re_bench_key";
const SECRET = "bench-secret-bench-secret-bench-secret";
const MiB = 1024 * 1024;

/** CPU seconds a process has used (user + system), from /proc. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function peakRssBytesOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB$/m);
  return Number(line![1]) * 1024;
}

/**
 * One update to `recipients` consenting signers (a third each in English, Korean and
 * Chinese), sent by a real `npm run worker` process through the local Resend stand-in with
 * no rate limit. The stand-in runs in this process and checks every request as it does in
 * the tests; afterwards it must have accepted exactly one email per signer.
 */
export async function measureEmailDelivery(
  postgres: RunningPostgres,
  { recipients, concurrency, workers: workerCount, postmasterPid }: { recipients: number; concurrency: number; workers: number; postmasterPid?: number },
): Promise<EmailDeliveryResult> {
  await createDatabase(postgres.url("postgres"), "chorus_bench_email");
  const url = postgres.url("chorus_bench_email");
  await applyMigrations(url);
  const { prisma: db, pool } = createDb(url, 4);
  const resend = await startFakeResend(API_KEY, { keepBodies: false });
  try {
    const campaign = await publishedCampaign(db, { title: "Free the bench prisoners" });
    let started = performance.now();
    await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: recipients });
    await pool.query(`UPDATE "Signature" SET "locale" = (ARRAY['en', 'ko', 'zh'])[1 + abs(hashtext("id"::text)) % 3]`);
    const seedSeconds = (performance.now() - started) / 1000;
    const addresses = (await pool.query<{ email: string }>(`SELECT "email" FROM "Signature"`)).rows.map((row) => row.email);

    const update = await campaignUpdate(db, campaign.id, {
      title: "We delivered the petition to the embassy",
      body: "Thank you, **all 175,000** of you.\n\nThis morning we handed the petition over. [Read the statement](https://example.org/statement).",
      kind: "NEWS",
    });
    started = performance.now();
    const broadcast = await startUpdateBroadcast(db, { updateId: update.id, startedById: null });
    if (!broadcast.ok) throw new Error(broadcast.code);
    const snapshotSeconds = (performance.now() - started) / 1000;

    const spawned = performance.now();
    let firstRequestAt: number | null = null;
    let cpuAtFirstRequest = 0;
    let standInCpuAtFirstRequest = 0;
    let databaseCpuAtFirstRequest = 0;
    const standInCpu = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1e6;
    };
    const spawnOne = () => spawnWorker({
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: String(concurrency + 4),
      APP_SECRET: SECRET,
      APP_URL: "https://chorus.example.org",
      EMAIL_FROM: "Chorus <updates@chorus.example.org>",
      RESEND_API_KEY: API_KEY,
      RESEND_BASE_URL: resend.url,
      EMAIL_MAX_REQUESTS_PER_SECOND: "0",
      EMAIL_BATCH_CONCURRENCY: String(concurrency),
      WORKER_POLL_MS: "200",
    }, process.env.BENCH_WORKER_NODE_ARGS?.split(" ").filter(Boolean));
    // More than one process shares the batches as production workers do (SKIP LOCKED).
    const workers = Array.from({ length: workerCount }, spawnOne);
    const cpuOfAll = () => workers.reduce((sum, worker) => sum + cpuSecondsOf(worker.child.pid!), 0);
    const firstRequest = setInterval(() => {
      if (firstRequestAt === null && resend.receivedBatches.length > 0) {
        firstRequestAt = performance.now();
        cpuAtFirstRequest = cpuOfAll();
        standInCpuAtFirstRequest = standInCpu();
        databaseCpuAtFirstRequest = postmasterPid ? treeCpuSeconds(postmasterPid) : 0;
      }
    }, 5);
    let workerCpuSeconds = 0;
    let standInCpuSeconds = 0;
    let databaseCpuSeconds: number | null = null;
    let peak = 0;
    try {
      for (;;) {
        for (const worker of workers) peak = Math.max(peak, peakRssBytesOf(worker.child.pid!));
        const { rows } = await pool.query<{ status: string }>(`SELECT "status" FROM "UpdateBroadcast" WHERE "id" = $1`, [broadcast.broadcastId]);
        if (rows[0]!.status === "DONE") break;
        const dead = workers.find((worker) => worker.child.exitCode !== null);
        if (dead) throw new Error(`a worker exited:\n${dead.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const worker of workers) peak = Math.max(peak, peakRssBytesOf(worker.child.pid!));
      workerCpuSeconds = cpuOfAll() - cpuAtFirstRequest;
      standInCpuSeconds = standInCpu() - standInCpuAtFirstRequest;
      if (postmasterPid) databaseCpuSeconds = treeCpuSeconds(postmasterPid) - databaseCpuAtFirstRequest;
    } finally {
      clearInterval(firstRequest);
      for (const worker of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map((worker) => worker.exited));
    }
    const done = performance.now();
    const sendSeconds = (done - (firstRequestAt ?? spawned)) / 1000;
    if (resend.rejected.length) throw new Error(`the stand-in refused requests: ${resend.rejected.slice(0, 3).join("; ")}`);
    const duplicates = [...resend.acceptedPerAddress.values()].filter((count) => count !== 1).length;
    const missing = addresses.filter((address) => !resend.acceptedPerAddress.has(address)).length;
    return {
      recipients,
      seedSeconds,
      snapshotSeconds,
      sendSeconds,
      recipientsPerSecond: Math.round(recipients / sendSeconds),
      totalSeconds: (done - spawned) / 1000,
      requests: resend.receivedBatches.length,
      workerCpuSeconds,
      recipientsPerCpuSecond: Math.round(recipients / workerCpuSeconds),
      standInCpuSeconds,
      databaseCpuSeconds,
      workerPeakRssMiB: Math.round(peak / MiB),
      concurrency,
      workers: workerCount,
      duplicates,
      missing,
    };
  } finally {
    await resend.close();
    await db.$disconnect();
    await pool.end();
  }
}

export function printEmailDelivery(result: EmailDeliveryResult) {
  const ok = (value: boolean) => (value ? "ok" : "MISSED");
  console.log(`
Email update to ${result.recipients.toLocaleString("en")} consenting signers (real worker process, local Resend stand-in, no rate limit)
  seed ${result.seedSeconds.toFixed(1)} s · snapshot into ${result.requests.toLocaleString("en")}+ batches ${result.snapshotSeconds.toFixed(1)} s
  sending        ${result.sendSeconds.toFixed(1)} s  → ${result.recipientsPerSecond.toLocaleString("en")} recipients/s  (target ≥ 5,000: ${ok(result.recipientsPerSecond >= 5000)})
  worker total   ${result.totalSeconds.toFixed(1)} s including its start-up · ${result.requests.toLocaleString("en")} requests · ${result.workers} worker process${result.workers > 1 ? "es" : ""} × ${result.concurrency} batches at once
  worker CPU     ${result.workerCpuSeconds.toFixed(1)} s (all workers) while sending → ${result.recipientsPerCpuSecond.toLocaleString("en")} recipients per CPU-second (load on this machine: ${os.loadavg()[0]!.toFixed(1)})
  other CPU      stand-in ${result.standInCpuSeconds.toFixed(1)} s · PostgreSQL ${result.databaseCpuSeconds === null ? "?" : `${result.databaseCpuSeconds.toFixed(1)} s`} while sending · worker ${((result.workerCpuSeconds / result.recipients) * 1000).toFixed(2)} CPU-s per 1,000 recipients
  worker memory  ${result.workerPeakRssMiB} MiB peak RSS of a worker  (target ≤ 300 MB: ${ok(result.workerPeakRssMiB * MiB <= 300e6)})
  stand-in check ${result.duplicates} duplicates, ${result.missing} missing  (${ok(result.duplicates === 0 && result.missing === 0)})
`);
}
