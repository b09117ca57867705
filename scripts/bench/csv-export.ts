import { fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import { createDatabase, type RunningPostgres } from "../../lib/database/embedded-postgres";
import { applyMigrations } from "../../lib/database/migrate";
import { createDb } from "../../lib/db";
import { insertConfirmedSignaturesInBulk } from "../../test/signature-rows";
import type { DashboardReport, ExportReport } from "./csv-export-server";
import { withCpuOf } from "./process-cpu";

export type CsvExportResult = {
  rows: number;
  megabytes: number;
  seconds: number;
  rowsPerSecond: number;
  /** Peak resident memory of the server process during the export, above its level when the request arrived. */
  serverRssGrowthMiB: number;
  serverCpuPercent: number;
  databaseCpuPercent: number | null;
  seedSeconds: number;
  /** Median of 7 runs of each dashboard query on the same 175,000 rows. */
  dashboardMs: Record<string, number>;
};

const MiB = 1024 * 1024;

function nextMessage<T extends { type: string }>(child: ChildProcess, type: T["type"]): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: T) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      resolve(message);
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`export server exited (${code})`)));
  });
}

/** Downloads the CSV as a client would, counting bytes and lines without keeping them. */
function download(url: string): Promise<{ bytes: number; lines: number; bom: boolean }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`export answered ${response.statusCode}`));
        let bytes = 0;
        let lines = 0;
        let bom = false;
        response.on("data", (chunk: Buffer) => {
          if (bytes === 0) bom = chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
          bytes += chunk.length;
          for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
        });
        response.on("end", () => resolve({ bytes, lines, bom }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

/**
 * "CSV export of N signers": seeds N confirmed, consenting signatures of one campaign in a
 * database of their own (one INSERT ... SELECT generate_series), then downloads the export
 * over HTTP from a server process of its own (once to warm up, once measured) while sampling
 * that process's RSS every 50 ms. Also times the dashboard queries on the same rows.
 */
export async function measureCsvExport(postgres: RunningPostgres, options: { rows: number; postmasterPid?: number }): Promise<CsvExportResult> {
  await createDatabase(postgres.url("postgres"), "chorus_bench_export");
  const databaseUrl = postgres.url("chorus_bench_export");
  await applyMigrations(databaseUrl);
  const { prisma: db, pool } = createDb(databaseUrl, 2);
  const campaign = await db.campaign.create({
    data: { slug: "bench-export", title: "Bench export", summary: "s", story: "s", target: "t", goal: 1_000_000, status: "PUBLISHED" },
  });
  const seedStarted = performance.now();
  await insertConfirmedSignaturesInBulk(pool, { campaignId: campaign.id, count: options.rows });
  await pool.query(`ANALYZE "Signature"`);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  await db.$disconnect();
  await pool.end();

  const child = fork("scripts/bench/csv-export-server.ts", [], {
    execArgv: ["--conditions=react-server", "--expose-gc", "--import", "tsx"],
    env: { ...process.env, DATABASE_URL: databaseUrl, CAMPAIGN_ID: campaign.id },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    const { port } = await nextMessage<{ type: "listening"; port: number }>(child, "listening");
    const url = `http://127.0.0.1:${port}/signers.csv`;
    const exported = async () => {
      const report = nextMessage<ExportReport>(child, "export");
      const started = performance.now();
      const received = await download(url);
      const seconds = (performance.now() - started) / 1000;
      return { received, seconds, report: await report };
    };
    await exported(); // warm-up: the first run also compiles the code paths
    const { result, cpuPercent, databaseCpuPercent } = await withCpuOf(child.pid!, exported, options.postmasterPid);
    const { received, seconds, report } = result;
    const rows = received.lines - 1;
    if (report.error) throw new Error(`export failed: ${report.error}`);
    if (rows !== options.rows || !received.bom) throw new Error(`export sent ${rows} rows (BOM: ${received.bom}), not ${options.rows}`);
    if (report.poolBusyAfter !== 0) throw new Error(`the export left ${report.poolBusyAfter} connection(s) checked out`);

    const dashboard = nextMessage<DashboardReport>(child, "dashboard");
    await fetch(`http://127.0.0.1:${port}/dashboard`);
    return {
      rows,
      megabytes: Math.round((received.bytes / 1e6) * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      rowsPerSecond: Math.round(rows / seconds),
      serverRssGrowthMiB: Math.round(((report.rssPeakBytes - report.rssBeforeBytes) / MiB) * 10) / 10,
      serverCpuPercent: cpuPercent,
      databaseCpuPercent,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      dashboardMs: (await dashboard).medianMs,
    };
  } finally {
    child.kill("SIGTERM");
  }
}

export function printCsvExport(result: CsvExportResult) {
  console.log(
    `\nCSV export of ${result.rows.toLocaleString("en")} signers (plain node:http server, own process): ${result.megabytes} MB in ${result.seconds} s,` +
      ` ${result.rowsPerSecond.toLocaleString("en")} rows/s; server RSS peak +${result.serverRssGrowthMiB} MiB over its level at the request;` +
      ` server CPU ${result.serverCpuPercent}%, PostgreSQL CPU ${result.databaseCpuPercent ?? "?"}% (seeded in ${result.seedSeconds} s)`,
  );
  console.log(`dashboard queries on the same rows (median of 7): ${Object.entries(result.dashboardMs).map(([name, ms]) => `${name} ${ms} ms`).join("; ")}`);
}
