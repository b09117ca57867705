// `npm test`: every check, in the order that fails fastest. Starts its own PostgreSQL
// (embedded, in a temp folder) and a production build of Chorus for the browser tests.
//   --only=unit|integration|e2e   run one level (after lint and type-check, unless --only)
//   <files or filters>             with --only, passed on to Vitest or Playwright, e.g.
//                                  `npm run test:e2e -- e2e/signing.spec.ts`
//   --reuse-build                  skip `next build` when a build exists (local iteration only)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createDatabase, freePort, makeTemporaryDataParent, startEmbeddedPostgres } from "../lib/database/embedded-postgres";
import { applyMigrations } from "../lib/database/migrate";

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const wants = (level: string) => !only || only === level;
const reuseBuild = process.argv.includes("--reuse-build") && existsSync(".next/BUILD_ID");
const passThrough = only ? process.argv.slice(2).filter((arg) => !arg.startsWith("--only=") && arg !== "--" && arg !== "--reuse-build") : [];
const timings: [string, number][] = [];
const counts = { passed: 0, failed: 0 };
const reportDir = path.join(os.tmpdir(), `chorus-test-reports-${process.pid}`);

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  timings.push([label, Date.now() - started]);
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal})`);
}

const npx = "npx";
let cleanup: (() => Promise<void>) | undefined;

async function main() {
  if (!only) {
    run("lint", npx, ["eslint", "--max-warnings=0", "."]);
    run("type-check", npx, ["tsc", "--noEmit"]);
  }

  const dir = await makeTemporaryDataParent("chorus-test-");
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false, quiet: true });
  cleanup = async () => {
    await postgres.stop();
    await rm(dir, { recursive: true, force: true });
  };
  const adminUrl = postgres.url("postgres");

  if (wants("unit") || wants("integration")) {
    const projects = only ? ["--project", only] : [];
    const report = path.join(reportDir, "vitest.json");
    try {
      run("unit and integration tests (Vitest)", npx, ["vitest", "run", ...projects, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...passThrough], { TEST_PG_ADMIN_URL: adminUrl });
    } finally {
      countVitest(report);
    }
  }

  if (wants("e2e")) {
    if (!reuseBuild) run("production build", npx, ["next", "build"]);
    await createDatabase(adminUrl, "chorus_e2e");
    const databaseUrl = postgres.url("chorus_e2e");
    await applyMigrations(databaseUrl);
    const port = await freePort();
    const report = path.join(reportDir, "playwright.json");
    try {
      run("end-to-end tests (Playwright, Chromium)", npx, ["playwright", "test", "--reporter=list,json", ...passThrough], {
        DATABASE_URL: databaseUrl,
        E2E_PORT: String(port),
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      });
    } finally {
      countPlaywright(report);
    }
  }
}

function readReport(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function countVitest(file: string) {
  const report = readReport(file) as { numPassedTests: number; numFailedTests: number } | null;
  if (!report) return;
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
}

function countPlaywright(file: string) {
  const report = readReport(file) as { stats: { expected: number; unexpected: number; flaky: number } } | null;
  if (!report) return;
  counts.passed += report.stats.expected;
  counts.failed += report.stats.unexpected + report.stats.flaky;
}

function summary() {
  for (const [label, ms] of timings) console.log(`  ${label}: ${(ms / 1000).toFixed(1)} s`);
  console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
}

main()
  .then(async () => {
    await cleanup?.();
    // A runner that exits 0 with failures must not pass (its own report is the truth).
    if (counts.failed > 0) throw new Error(`${counts.failed} tests failed`);
    console.log("\nAll checks passed:");
    summary();
  })
  .catch(async (error) => {
    await cleanup?.().catch(() => {});
    console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
    summary();
    process.exit(1);
  });
