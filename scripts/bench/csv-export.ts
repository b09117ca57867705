import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { createDatabase, freePort, type RunningPostgres } from "../../lib/database/embedded-postgres";
import { applyMigrations } from "../../lib/database/migrate";
import { createDb } from "../../lib/db";
import { insertConfirmedSignaturesInBulk } from "../../test/signature-rows";
import type { DashboardReport } from "./dashboard-queries-server";
import { withCpuOf } from "./process-cpu";

export type CsvExportResult = {
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** Time until the response's first bytes (status, headers and the first rows). */
  firstByteMs: number;
  /** Peak resident memory of the Chorus process during the export, above its level (after a GC) when the request was sent. */
  serverRssGrowthMiB: number;
  serverCpuPercent: number;
  databaseCpuPercent: number | null;
  seedSeconds: number;
  /** Median of 7 runs of each dashboard query on the same rows, and of the whole dashboard page through Chorus. */
  dashboardMs: Record<string, number>;
};

type StartApp = (databaseUrl: string, port: number) => Promise<ChildProcess>;

const MiB = 1024 * 1024;
const SESSION_COOKIE = "authjs.session-token";

function nextMessage<T extends { type: string }>(child: ChildProcess, type: T["type"]): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      resolve(message);
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`dashboard queries process exited (${code})`)));
  });
}

/** Resident memory of a process, from /proc (Linux, like the bench's CPU figures). */
function rssBytesOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  return Number(line![1]) * 1024;
}

/** Downloads the CSV as a signed-in organizer's browser would, counting bytes and lines without keeping them. */
function download(url: string, cookie: string): Promise<{ bytes: number; lines: number; bom: boolean; firstByteMs: number; headers: http.IncomingHttpHeaders }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`export answered ${response.statusCode}`));
        let bytes = 0;
        let lines = 0;
        let bom = false;
        let firstByteMs = 0;
        response.on("data", (chunk: Buffer) => {
          if (bytes === 0) {
            firstByteMs = performance.now() - started;
            bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
          }
          bytes += chunk.length;
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
        });
        response.on("end", () => resolve({ bytes, lines, bom, firstByteMs, headers: response.headers }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

async function medianMs(run: () => Promise<unknown>, times = 7): Promise<number> {
  await run();
  const durations: number[] = [];
  for (let index = 0; index < times; index++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return Math.round(durations[times >> 1]! * 10) / 10;
}

/**
 * "CSV export of N signers": seeds N confirmed, consenting signatures of one campaign in a
 * database of their own (one INSERT ... SELECT generate_series), starts a production Chorus
 * on it, signs an organizer in (a Session row and the cookie Auth.js reads), and downloads
 * /api/organizer/campaigns/<id>/signers.csv through the real route: the access check, the
 * audit row, Next.js's route handler and the custom server included. Once to warm up, once
 * measured while sampling the server's RSS every 50 ms. Also times the dashboard queries and
 * the dashboard page on the same rows.
 */
export async function measureCsvExport(
  postgres: RunningPostgres,
  options: { rows: number; postmasterPid?: number; startApp: StartApp; diagnosticsToken: string },
): Promise<CsvExportResult> {
  await createDatabase(postgres.url("postgres"), "chorus_bench_export");
  const databaseUrl = postgres.url("chorus_bench_export");
  await applyMigrations(databaseUrl);
  const { prisma: db, pool } = createDb(databaseUrl, 2);
  const campaign = await db.campaign.create({
    data: { slug: "bench-export", title: "Bench export", summary: "s", story: "s", target: "t", goal: 1_000_000, status: "PUBLISHED" },
  });
  const organizer = await db.user.create({ data: { email: "bench-organizer@example.org", emailVerified: new Date() } });
  await db.campaignMember.create({ data: { campaignId: campaign.id, userId: organizer.id, role: "OWNER" } });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: organizer.id, expires: new Date(Date.now() + 86_400_000) } });
  const cookie = `${SESSION_COOKIE}=${sessionToken}`;
  const seedStarted = performance.now();
  await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: options.rows });
  await pool.query(`ANALYZE "Signature"`);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const port = await freePort();
  await options.startApp(databaseUrl, port);
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/api/organizer/campaigns/${campaign.id}/signers.csv`;
  const queries = fork("scripts/bench/dashboard-queries-server.ts", [], {
    execArgv: ["--conditions=react-server", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CAMPAIGN_ID: campaign.id },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const queriesListening = nextMessage<{ type: "listening"; port: number }>(queries, "listening");
  try {
    await download(url, cookie); // warm-up: the first run also compiles the code paths
    // A full GC in the server first (the diagnostics endpoint runs one), so the baseline is its live memory.
    // npm start's process is the primary: the web process (one here) says its pid.
    const diagnostics = await fetch(`${base}/__chorus/memory`, { headers: { authorization: `Bearer ${options.diagnosticsToken}` } });
    const webPid = ((await diagnostics.json()) as { pid: number }).pid;
    const rssBefore = rssBytesOf(webPid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssBytesOf(webPid))), 50);
    const started = performance.now();
    const { result: received, cpuPercent, databaseCpuPercent } = await withCpuOf(webPid, () => download(url, cookie), options.postmasterPid).finally(() =>
      clearInterval(sampler),
    );
    const seconds = (performance.now() - started) / 1000;
    rssPeak = Math.max(rssPeak, rssBytesOf(webPid));

    const rows = received.lines - 1;
    if (rows !== options.rows || !received.bom) throw new Error(`export sent ${rows} rows (BOM: ${received.bom}), not ${options.rows}`);
    if (!String(received.headers["content-disposition"]).startsWith("attachment; filename=\"bench-export-signers-")) {
      throw new Error(`unexpected Content-Disposition: ${received.headers["content-disposition"]}`);
    }
    const audited = await db.auditLog.count({ where: { campaignId: campaign.id, action: "export.signers", actorId: organizer.id } });
    if (audited !== 2) throw new Error(`${audited} audit rows for 2 downloads`);

    const queriesReport = nextMessage<DashboardReport>(queries, "dashboard");
    await fetch(`http://127.0.0.1:${(await queriesListening).port}/dashboard`);
    const page = (query: string) => async () => {
      const response = await fetch(`${base}/dashboard/campaigns/${campaign.id}${query}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`dashboard page answered ${response.status}`);
      return response.text();
    };
    const dashboardMs = {
      ...(await queriesReport).medianMs,
      "dashboard page through Chorus (by day)": await medianMs(page("")),
      "dashboard page through Chorus (by hour)": await medianMs(page("?granularity=hour")),
    };
    return {
      rows,
      megabytes: Math.round((received.bytes / 1e6) * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(rows / seconds),
      firstByteMs: Math.round(received.firstByteMs),
      serverRssGrowthMiB: Math.round(((rssPeak - rssBefore) / MiB) * 10) / 10,
      serverCpuPercent: cpuPercent,
      databaseCpuPercent,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      dashboardMs,
    };
  } finally {
    queries.kill("SIGTERM");
    await db.$disconnect();
    await pool.end();
  }
}

export function printCsvExport(result: CsvExportResult) {
  console.log(
    `\nCSV export of ${result.rows.toLocaleString("en")} signers (GET /api/organizer/campaigns/<id>/signers.csv on the production server, signed in):` +
      ` ${result.megabytes} MB in ${result.seconds} s, ${result.rowsPerSecond.toLocaleString("en")} rows/s, first bytes after ${result.firstByteMs} ms;` +
      ` server RSS peak +${result.serverRssGrowthMiB} MiB over its level at the request;` +
      ` server CPU ${result.serverCpuPercent}%, PostgreSQL CPU ${result.databaseCpuPercent ?? "?"}% (seeded in ${result.seedSeconds} s)`,
  );
  console.log(`dashboard on the same rows (median of 7): ${Object.entries(result.dashboardMs).map(([name, ms]) => `${name} ${ms} ms`).join("; ")}`);
}
