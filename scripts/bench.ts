// `npm run bench`: measures Chorus on this machine in one run and prints a table (and
// bench/results/latest.json). Starts its own PostgreSQL and a production server; builds
// only when no build exists. Figures are for reading against each other: the database's
// own ceiling and the HTTP layer's no-op ceiling are measured in the same run.
// `npm run bench -- export` runs only the named scenarios (see SCENARIOS) and writes
// bench/results/latest-<names>.json instead.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDatabase, freePort, makeTemporaryDataParent, startEmbeddedPostgres, type RunningPostgres } from "../lib/database/embedded-postgres";
import { applyMigrations } from "../lib/database/migrate";
import { createDb } from "../lib/db";
import { confirmationTokenFor } from "../lib/signatures/confirmation-token";
import { confirmSignature } from "../lib/signatures/confirm-signature";
import { captureBrowserRequests, replay, type BrowserRequests } from "./bench/browser-requests";
import { measureCsvExport, printCsvExport } from "./bench/csv-export";
import { openStreams, updateDelays } from "./bench/fan-out";
import { runLoad, type LoadResult } from "./bench/http-load";
import { measureMobilePage, type MobilePageResult } from "./bench/mobile-page";
import { measureDatabaseCeilings } from "./bench/pgbench";
import { measureEmailDelivery, printEmailDelivery } from "./bench/email-delivery";
import { withCpuOf } from "./bench/process-cpu";

const SECRET = "bench-secret-bench-secret-bench-secret";
// Only the bench reads the server's diagnostics: a token of its own for each run.
const DIAGNOSTICS_TOKEN = randomBytes(32).toString("base64url");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 2000);
const CONFIRM_RATE = Number(process.env.BENCH_CONFIRM_RATE ?? 100);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 175_000);
const EMAIL_RECIPIENTS = Number(process.env.BENCH_EMAIL_RECIPIENTS ?? 175_000);
const EMAIL_CONCURRENCY = Number(process.env.BENCH_EMAIL_CONCURRENCY ?? 4);
const EMAIL_WORKERS = Number(process.env.BENCH_EMAIL_WORKERS ?? 2);
const children: ChildProcess[] = [];

const SCENARIOS = {
  http: "the HTTP table, live fan-out, PostgreSQL's ceiling and the page on a phone",
  export: `CSV export of ${EXPORT_ROWS.toLocaleString("en")} signers, and the dashboard queries on them`,
  email: `one update emailed to ${EMAIL_RECIPIENTS.toLocaleString("en")} signers by worker processes through the Resend stand-in`,
};
const chosen = process.argv.slice(2).filter((arg) => arg !== "--");
const unknown = chosen.filter((name) => !(name in SCENARIOS));
if (unknown.length) {
  console.error(`unknown scenario ${unknown.join(", ")}; choose from:\n${Object.entries(SCENARIOS).map(([name, what]) => `  ${name}: ${what}`).join("\n")}`);
  process.exit(2);
}
const wants = (name: keyof typeof SCENARIOS) => chosen.length === 0 || chosen.includes(name);

function log(message: string) {
  console.log(`[bench] ${message}`);
}

async function waitFor(url: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} never answered`);
}

async function startApp(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      APP_SECRET: SECRET,
      // Email delivery runs in separate worker processes at scale; measured here is the web tier.
      WORKER: "off",
      DEV_MAILBOX: "1",
      DEV_MAILBOX_KEY: randomBytes(32).toString("base64url"),
      DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE ?? "40",
      // The load generator on this machine spreads its requests over made-up client addresses.
      TRUSTED_PROXIES: "127.0.0.1",
      TRUST_PROXY: "1",
      RATE_LIMIT_SIGN_PER_IP_PER_MINUTE: "1000",
      CHORUS_IGNORE_DOTENV: "1",
      CHORUS_DIAGNOSTICS: "1",
      CHORUS_DIAGNOSTICS_TOKEN: DIAGNOSTICS_TOKEN,
      // The fan-out opens every stream from this one address.
      STREAMS_PER_CLIENT: String(STREAMS + 100),
      STREAMS_MAX: String(STREAMS + 100),
      NEXT_TELEMETRY_DISABLED: "1",
      // One web process unless a scenario asks for more.
      WEB_CONCURRENCY: "1",
      ...extraEnv,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  await waitFor(`http://127.0.0.1:${port}/api/v1/campaigns/bench`);
  await waitForWebProcesses(port, Number(extraEnv.WEB_CONCURRENCY ?? 1));
  return child;
}

/** Until as many distinct web processes have answered as were asked for (the first to listen answers first). */
async function waitForWebProcesses(port: number, expected: number) {
  const seen = new Set<number>();
  for (let attempt = 0; attempt < 600 && seen.size < expected; attempt++) {
    const response = await fetch(`http://127.0.0.1:${port}/__chorus/memory`, {
      headers: { authorization: `Bearer ${DIAGNOSTICS_TOKEN}`, connection: "close" },
    });
    seen.add(((await response.json()) as { pid: number }).pid);
    if (seen.size < expected) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (seen.size < expected) throw new Error(`only ${seen.size} of ${expected} web processes answered`);
}

function startNoopServer(port: number) {
  const source = `require("node:http").createServer((q,s)=>{let b="";q.on("data",c=>b+=c);q.on("end",()=>{JSON.parse(b||"{}");s.writeHead(202,{"content-type":"application/json"});s.end('{"ok":true}')})}).listen(${port},"127.0.0.1")`;
  const child = spawn(process.execPath, ["-e", source], { stdio: "ignore" });
  children.push(child);
  return child;
}

let signed = 0;
const signBody = () => ({
  name: "Bench Signer",
  email: `bench-${process.pid}-${++signed}@example.org`,
  country: "KR",
  consentUpdates: signed % 2 === 0,
});

async function main() {
  if ((wants("http") || wants("export")) && !existsSync(".next/BUILD_ID")) {
    log("no production build: building once");
    if (spawnSync("npx", ["next", "build"], { stdio: "inherit" }).status !== 0) throw new Error("build failed");
  }
  const dir = await makeTemporaryDataParent("chorus-bench-");
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false, quiet: true });
  try {
    const report: Record<string, unknown> = {
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    };
    if (wants("http")) Object.assign(report, await measureHttp(postgres, dir));
    if (wants("export")) {
      log(`CSV export of ${EXPORT_ROWS.toLocaleString("en")} signers (seeding them first)`);
      const csvExport = await measureCsvExport(postgres, {
        rows: EXPORT_ROWS,
        postmasterPid: postmasterPidOf(dir),
        startApp,
        diagnosticsToken: DIAGNOSTICS_TOKEN,
      });
      printCsvExport(csvExport);
      report.csvExport = csvExport;
    }
    if (wants("email")) {
      log(`email update to ${EMAIL_RECIPIENTS.toLocaleString("en")} signers (seeding them first)`);
      const emailDelivery = await measureEmailDelivery(postgres, {
        recipients: EMAIL_RECIPIENTS,
        concurrency: EMAIL_CONCURRENCY,
        workers: EMAIL_WORKERS,
        postmasterPid: postmasterPidOf(dir),
      });
      printEmailDelivery(emailDelivery);
      report.emailDelivery = emailDelivery;
    }
    const file = `bench/results/${chosen.length ? `latest-${chosen.join("-")}` : "latest"}.json`;
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(file, JSON.stringify(report, null, 2));
    log(`JSON written to ${file}`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const postmasterPidOf = (dir: string) => Number(readFileSync(path.join(dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);

/** What Chromium sends for a page, less its cookies (a first visit has none). */
const BROWSER_PAGE_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br, zstd",
  "accept-language": "en-US,en;q=0.9",
  "sec-fetch-dest": "document",
  "sec-fetch-mode": "navigate",
  "sec-fetch-site": "none",
  "upgrade-insecure-requests": "1",
};

type HttpRow = LoadResult & { appCpuPercent?: number; databaseCpuPercent?: number | null };
type Measure = (name: string, pid: number, options: Parameters<typeof runLoad>[0]) => Promise<LoadResult>;

/**
 * The rows measured for one process and again for N: the cached page, the count JSON, and
 * signing through the API and as a browser signs, with and without JavaScript.
 */
async function measureWebTier(measure: Measure, run: { base: string; pid: number; browser: BrowserRequests; label: string }) {
  const { base, pid, browser, label } = run;
  // As a browser asks for it (a client without Accept-Language is given a language cookie,
  // and an answer that sets a cookie is never shared).
  await measure(`campaign page HTML (cached), 50 clients${label}`, pid, {
    url: `${base}/c/bench`, connections: 50, durationSeconds: SECONDS, headers: BROWSER_PAGE_HEADERS });
  await measure(`count JSON, 50 clients${label}`, pid, { url: `${base}/api/v1/campaigns/bench`, connections: 50, durationSeconds: SECONDS });
  await measure(`sign, 50 clients${label}`, pid, {
    url: `${base}/api/v1/campaigns/bench/signatures`, method: "POST", connections: 50, durationSeconds: SECONDS, body: signBody,
    spreadClientIps: true });
  await measure(`browser sign (with JavaScript), 50 clients${label}`, pid, {
    url: base, connections: 50, durationSeconds: SECONDS, spreadClientIps: true,
    raw: () => replay(browser, browser.signWithScript, base, browser.markers.withScript, `${browser.markers.withScript}-${label ? "n" : "1"}-${++signed}`) });
  await measure(`browser sign (without JavaScript), 50 clients${label}`, pid, {
    url: base, connections: 50, durationSeconds: SECONDS, spreadClientIps: true,
    raw: () => replay(browser, browser.signWithoutScript, base, browser.markers.withoutScript, `${browser.markers.withoutScript}-${label ? "n" : "1"}-${++signed}`) });
}

/** The original scenarios: everything that needs the production server. */
async function measureHttp(postgres: RunningPostgres, dir: string) {
    await createDatabase(postgres.url("postgres"), "chorus_bench");
    const databaseUrl = postgres.url("chorus_bench");
    await applyMigrations(databaseUrl);
    const { prisma: db, pool } = createDb(databaseUrl, 10);
    const campaign = await db.campaign.create({
      data: { slug: "bench", title: "Bench", summary: "s", story: "s", target: "t", goal: 1_000_000, status: "PUBLISHED" },
    });

    const port = await freePort();
    const app = await startApp(databaseUrl, port);
    const base = `http://127.0.0.1:${port}`;
    const noopPort = await freePort();
    startNoopServer(noopPort);
    await waitFor(`http://127.0.0.1:${noopPort}/`);

    log("warming up");
    await runLoad({ url: `${base}/api/v1/campaigns/bench/signatures`, method: "POST", connections: 20, durationSeconds: 3, body: signBody, spreadClientIps: true });
    await runLoad({ url: `${base}/api/noop`, connections: 20, durationSeconds: 2 });
    await runLoad({ url: `${base}/c/bench`, connections: 20, durationSeconds: 2 });

    // First, while nothing else runs: the page as a mid-range phone on a mobile network loads it.
    log("campaign page on a throttled phone (3 cold loads)");
    const mobilePage = await measureMobilePage(`${base}/c/bench`);

    log("capturing what Chromium sends to sign (with and without JavaScript) and to confirm");
    const browser = await captureBrowserRequests({
      base,
      slug: "bench",
      tokenFor: async (email) => confirmationTokenFor(SECRET, (await db.signature.findFirstOrThrow({ where: { email } })).id),
    });

    const postmasterPid = postmasterPidOf(dir);
    const results: Record<string, HttpRow> = {};
    const measure = async (name: string, pid: number, options: Parameters<typeof runLoad>[0]) => {
      log(`${name}…`);
      const { result, cpuPercent, databaseCpuPercent } = await withCpuOf(pid, () => runLoad(options), postmasterPid);
      results[name] = { ...result, appCpuPercent: cpuPercent, databaseCpuPercent };
      return result;
    };
    await measure("no-op POST, plain node:http (ceiling)", children[1]!.pid!, {
      url: `http://127.0.0.1:${noopPort}/`, method: "POST", connections: 50, durationSeconds: SECONDS, body: () => ({}) });
    await measure("no-op GET, Next.js route handler (ceiling)", app.pid!, {
      url: `${base}/api/noop`, connections: 50, durationSeconds: SECONDS });
    await measureWebTier(measure, { base, pid: app.pid!, browser, label: "" });
    for (const connections of [200]) {
      await measure(`sign, ${connections} clients`, app.pid!, {
        url: `${base}/api/v1/campaigns/bench/signatures`, method: "POST", connections, durationSeconds: SECONDS, body: signBody,
        spreadClientIps: true });
    }

    const pending = await db.signature.findMany({ where: { status: "PENDING" }, select: { id: true } });
    const tokens = pending.map((signature) => confirmationTokenFor(SECRET, signature.id));
    const forFanOut = tokens.splice(0, CONFIRM_RATE * SECONDS + 100);
    // The same number of confirmations through the API and as the browser sends them.
    const forBrowser = tokens.splice(0, Math.floor(tokens.length / 2));
    await measure("confirm, 50 clients", app.pid!, {
      url: `${base}/api/v1/confirmations`, method: "POST", connections: 50, amount: tokens.length,
      body: () => ({ token: tokens.pop() }) });
    const confirmedBefore = await db.signature.count({ where: { status: "CONFIRMED" } });
    const browserConfirms = await measure("browser confirm (with JavaScript), 50 clients", app.pid!, {
      url: base, connections: 50, amount: forBrowser.length,
      raw: () => {
        const token = forBrowser.pop();
        return token ? replay(browser, browser.confirmWithScript, base, browser.confirmToken, token) : null;
      } });
    // What was replayed must really have confirmed: as many signatures as requests answered.
    const browserConfirmed = (await db.signature.count({ where: { status: "CONFIRMED" } })) - confirmedBefore;
    if (browserConfirmed !== browserConfirms.requests - browserConfirms.non2xx) {
      log(`warning: the browser's confirm requests confirmed ${browserConfirmed} signatures for ${browserConfirms.requests} requests`);
    }

    log(`opening ${STREAMS} streams`);
    // Memory after a full GC in the server, before and with the streams open.
    // Heap and off-heap buffers after a GC: RSS keeps freed pages for a while and is too noisy per stream.
    const serverMemory = async () => {
      const memory = (await (await fetch(`${base}/__chorus/memory`, { headers: { authorization: `Bearer ${DIAGNOSTICS_TOKEN}` } })).json()) as { heapUsed: number; external: number; openStreams: number };
      return { bytes: memory.heapUsed + memory.external, openStreams: memory.openStreams };
    };
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const memoryBefore = (await serverMemory()).bytes;
    const { streams, close } = await openStreams(`${base}/api/v1/campaigns/bench/stream`, STREAMS);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const withStreams = await serverMemory();
    if (withStreams.openStreams !== STREAMS) throw new Error(`server holds ${withStreams.openStreams} streams, not ${STREAMS}`);
    const memoryAfter = withStreams.bytes;
    const countBefore = Math.max(...streams.map((stream) => stream.events.at(-1)!.count));
    log(`confirming ${CONFIRM_RATE}/s for ${SECONDS} s while they listen`);
    const commitTimes: number[] = [];
    const fanOutCpu = await withCpuOf(app.pid!, async () => {
      const started = performance.now();
      for (let index = 0; index < CONFIRM_RATE * SECONDS; index++) {
        const due = started + (index * 1000) / CONFIRM_RATE;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const result = await confirmSignature({ db, token: forFanOut[index]! });
        if (!result.ok || result.alreadyConfirmed) throw new Error("fan-out confirmation failed");
        commitTimes.push(performance.now());
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
    });
    const delays = updateDelays(streams, commitTimes, countBefore);
    close();

    log("measuring the database's own ceiling with pgbench");
    const ceiling = measureDatabaseCeilings(databaseUrl, campaign.id, SECONDS);

    // The same rows with every core serving: the first server stops, one with N web processes starts.
    const processes = os.availableParallelism();
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
    const clusterPort = await freePort();
    log(`starting the server again with WEB_CONCURRENCY=${processes}`);
    const cluster = await startApp(databaseUrl, clusterPort, { WEB_CONCURRENCY: String(processes) });
    const clusterBase = `http://127.0.0.1:${clusterPort}`;
    await runLoad({ url: `${clusterBase}/c/bench`, connections: 20, durationSeconds: 2 });
    await runLoad({ url: `${clusterBase}/api/v1/campaigns/bench/signatures`, method: "POST", connections: 20, durationSeconds: 2, body: signBody, spreadClientIps: true });
    await measureWebTier(measure, { base: clusterBase, pid: cluster.pid!, browser, label: `, ${processes} processes` });

    // Every replayed browser request must have signed: as many signatures as requests answered.
    const replayChecks = [];
    for (const [marker, rows] of [
      [browser.markers.withScript, Object.keys(results).filter((name) => name.startsWith("browser sign (with JavaScript)"))],
      [browser.markers.withoutScript, Object.keys(results).filter((name) => name.startsWith("browser sign (without JavaScript)"))],
    ] as const) {
      const answered = rows.reduce((sum, name) => sum + results[name]!.requests - results[name]!.non2xx, 0);
      const stored = await db.signature.count({ where: { email: { startsWith: `${marker}-` } } });
      // Requests still in flight when a scenario's time is up are stored but not counted: at most one per connection.
      const inFlight = rows.length * 50;
      replayChecks.push({ marker, answered, stored, ok: stored >= answered && stored <= answered + inFlight });
      if (!replayChecks.at(-1)!.ok) log(`warning: ${answered} replayed browser sign requests were answered, ${stored} signatures stored (${marker})`);
    }

    const report = {
      seconds: SECONDS,
      http: results,
      fanOut: {
        streams: STREAMS,
        confirmationsPerSecond: CONFIRM_RATE,
        delayMs: delays,
        serverMemoryPerStreamBytes: Math.round((memoryAfter - memoryBefore) / STREAMS),
        appCpuPercent: fanOutCpu.cpuPercent,
      },
      databaseCeilingPerSecond: ceiling,
      processes,
      replayChecks,
      capturedBrowserRequests: {
        signWithScript: `${browser.signWithScript.method} ${browser.signWithScript.path}`,
        signWithoutScript: `${browser.signWithoutScript.method} ${browser.signWithoutScript.path}`,
        confirmWithScript: `${browser.confirmWithScript.method} ${browser.confirmWithScript.path.replace(browser.confirmToken, "<token>")}`,
      },
      mobilePage,
      totalConfirmed: Number((await pool.query(`SELECT sum("count")::int AS n FROM "CampaignCounterShard"`)).rows[0].n),
      confirmedRows: await db.signature.count({ where: { status: "CONFIRMED" } }),
    };
    printTable(report);
    await db.$disconnect();
    await pool.end();
    return report;
}

function printTable(report: {
  http: Record<string, HttpRow>;
  fanOut: { streams: number; delayMs: { p50: number; p95: number; max: number; missing: number }; serverMemoryPerStreamBytes: number; appCpuPercent: number };
  databaseCeilingPerSecond: { sign: number; confirm: number };
  processes: number;
  capturedBrowserRequests: Record<string, string>;
  mobilePage: MobilePageResult;
  totalConfirmed: number;
  confirmedRows: number;
}) {
  const ceiling = report.databaseCeilingPerSecond;
  const rows = Object.entries(report.http).map(([name, r]) => [
    name, String(r.perSecond), `${r.p50}/${r.p95}/${r.p99}`, String(r.errors + (name.includes("no-op") ? 0 : r.non2xx)),
    /\bsign\b/.test(name) ? `${Math.round((r.perSecond / ceiling.sign) * 100)}%`
      : /\bconfirm\b/.test(name) ? `${Math.round((r.perSecond / ceiling.confirm) * 100)}%` : "",
    `${r.appCpuPercent ?? ""}%`, `${r.databaseCpuPercent ?? ""}%`, `${r.loadGeneratorCpuPercent}%`,
  ]);
  const header = ["scenario", "req/s", "p50/p95/p99 ms", "errors", "÷ db ceiling", "server CPU", "PostgreSQL CPU", "load-gen CPU"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  console.log(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const row of rows) console.log(line(row));

  const rate = (name: string) => report.http[name]?.perSecond ?? NaN;
  const targets: [string, number, number][] = [
    ["browser sign (with JavaScript) ÷ API sign, 50 clients", rate("browser sign (with JavaScript), 50 clients") / rate("sign, 50 clients"), 0.9],
    ["browser confirm (with JavaScript) ÷ API confirm", rate("browser confirm (with JavaScript), 50 clients") / rate("confirm, 50 clients"), 0.9],
    ["API sign ÷ PostgreSQL's sign ceiling (pgbench)", rate("sign, 50 clients") / ceiling.sign, 0.6],
    ["count JSON ÷ plain node:http no-op", rate("count JSON, 50 clients") / rate("no-op POST, plain node:http (ceiling)"), 0.5],
    ["cached campaign page ÷ Next.js no-op route", rate("campaign page HTML (cached), 50 clients") / rate("no-op GET, Next.js route handler (ceiling)"), 1],
    [`sign at ${report.processes} processes ÷ 1 process`, rate(`sign, 50 clients, ${report.processes} processes`) / rate("sign, 50 clients"), 1],
    [`campaign page at ${report.processes} processes ÷ 1 process`, rate(`campaign page HTML (cached), 50 clients, ${report.processes} processes`) / rate("campaign page HTML (cached), 50 clients"), 1],
  ];
  console.log("\ntargets (ratios within this run):");
  for (const [name, ratio, target] of targets) {
    console.log(`  ${ratio >= target ? "met   " : "MISSED"} ${name}: ${ratio.toFixed(2)} (target ≥ ${target})`);
  }
  const p99 = report.http["sign, 50 clients"]?.p99 ?? NaN;
  console.log(`  ${p99 <= 150 ? "met   " : "MISSED"} API sign p99 at 50 clients: ${p99} ms (target ≤ 150)`);
  console.log(`\nbrowser requests replayed (captured from Chromium in this run): ${Object.entries(report.capturedBrowserRequests).map(([name, what]) => `${name} = ${what}`).join("; ")}`);

  const f = report.fanOut;
  console.log(
    `\nlive fan-out: ${f.streams} streams; update delay p50 ${f.delayMs.p50} ms, p95 ${f.delayMs.p95} ms, max ${f.delayMs.max} ms` +
      ` (${f.delayMs.missing} missed); server memory ${(f.serverMemoryPerStreamBytes / 1024).toFixed(1)} kB per stream; server CPU ${f.appCpuPercent}%`,
  );
  console.log(`database ceiling (pgbench, 16 clients, same statements): sign ${ceiling.sign}/s, confirm ${ceiling.confirm}/s`);
  const m = report.mobilePage;
  console.log(
    `campaign page on a throttled phone (4× CPU, 150 ms RTT, 1.6 Mbit/s): largest contentful paint median ${m.medianLcpMs} ms` +
      ` (runs ${m.lcpMs.join(", ")}; target ≤ 2500), longest main-thread task ${m.worstLongestTaskMs} ms (target ≤ 200)`,
  );
  console.log(`count check: counter ${report.totalConfirmed}, confirmed rows ${report.confirmedRows}`);
}

main().catch((error) => {
  console.error(error);
  for (const child of children) child.kill("SIGKILL");
  process.exit(1);
});
