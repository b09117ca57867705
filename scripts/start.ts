// `npm start`: one command from a fresh clone to a running Chorus.
// Without DATABASE_URL it runs an embedded PostgreSQL (data in .data/), migrates and seeds
// it, listens on 127.0.0.1 and, without an email provider, opens the development mailbox
// with a key printed below; with DATABASE_URL it uses that server as is.
// This process is the primary: it prepares all that once, then runs WEB_CONCURRENCY web
// processes (scripts/web-process.ts) through Node's cluster and serves no HTTP itself.
// Signals: SIGINT, SIGTERM, SIGHUP stop everything gracefully; SIGUSR2 restarts the web
// processes one at a time without refusing a request.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations } from "../lib/database/migrate";
import { createDb } from "../lib/db";
import { seedDemoCampaign } from "../lib/campaigns/demo-campaign";
import { prefixProcessOutput } from "../lib/observability/process-log-prefix";
import { installationSecret } from "../lib/security/installation-secret";
import { localTrialSettings } from "../lib/server/local-trial";
import { connectionsNeeded, CONNECTIONS_BESIDE_POOL, webConcurrency } from "../lib/server/web-concurrency";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const webProcessScript = fileURLToPath(new URL("./web-process.ts", import.meta.url));

// Tests set CHORUS_IGNORE_DOTENV so a developer's .env (a real RESEND_API_KEY, say) never leaks in.
if (existsSync(".env") && !process.env.CHORUS_IGNORE_DOTENV) process.loadEnvFile(".env");
const env = process.env;
const dev = process.argv.includes("--dev");
const port = Number(env.PORT ?? 3000);
env.PORT = String(port);
env.APP_URL ??= `http://localhost:${port}`;
Object.assign(env, { NODE_ENV: dev ? "development" : "production" });
prefixProcessOutput("primary");

let stopDatabase: (() => Promise<void>) | undefined;
let web: Awaited<ReturnType<typeof import("../lib/server/web-cluster").startWebCluster>> | undefined;
let stopping = false;

async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log("Stopping…");
  await web?.stop().catch(() => {});
  await stopDatabase?.();
  process.exit(0);
}
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
// A closed terminal: stop as Ctrl-C would, the embedded database included.
process.on("SIGHUP", shutdown);
// SIGUSR2, not SIGHUP, for the restart: no terminal or shell ever sends it on its own.
process.on("SIGUSR2", () => {
  if (stopping || !web) return;
  console.log("SIGUSR2: restarting the web processes one at a time…");
  web.restart().then(
    () => console.log("Rolling restart done."),
    (error) => console.error(`Rolling restart failed: ${error instanceof Error ? error.message : error}`),
  );
});

/** PostgreSQL's max_connections, or null when it cannot be read (a pooler in between, say). */
async function maxConnections(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return Number((await client.query<{ max_connections: string }>("SHOW max_connections")).rows[0]!.max_connections);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  const embedded = !env.DATABASE_URL;
  if (embedded) {
    console.log("DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/)…");
    const { startLocalDatabase } = await import("./local-database");
    const local = await startLocalDatabase(Number(env.EMBEDDED_POSTGRES_PORT ?? 54329));
    stopDatabase = () => local.server.stop();
    env.DATABASE_URL = local.url;
    Object.assign(env, localTrialSettings(env, { dev, secret: (name) => installationSecret(name) }));
  }
  const databaseUrl = env.DATABASE_URL!;

  const migrations = await applyMigrations(databaseUrl);
  console.log(`Migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already in place.`);

  if (stopDatabase || env.SEED_DEMO === "1") {
    const { prisma, pool } = createDb(databaseUrl, 2);
    const seeded = await seedDemoCampaign(prisma);
    if (seeded.created) console.log("Seeded the demo campaign at /c/save-my-friend.");
    await prisma.$disconnect();
    await pool.end();
  }

  if (!dev && (!existsSync(".next/BUILD_ID") || env.CHORUS_REBUILD === "1")) {
    console.log("No production build yet: building (about a minute)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // Imported only now: it reads the configuration completed above. Read once here, so a
  // mistake in it stops `npm start` with its message instead of every web process failing.
  const { getEnv } = await import("../lib/env");
  const config = getEnv();
  const processes = webConcurrency({ configured: config.WEB_CONCURRENCY, embeddedDatabase: embedded, dev, cores: os.availableParallelism() });
  const needed = connectionsNeeded(processes.count, config.DATABASE_POOL_SIZE);
  const available = await maxConnections(databaseUrl);
  console.log(
    `${processes.count} web process${processes.count === 1 ? "" : "es"} (${processes.reason}), each with up to ` +
      `${config.DATABASE_POOL_SIZE + CONNECTIONS_BESIDE_POOL} database connections (DATABASE_POOL_SIZE ${config.DATABASE_POOL_SIZE} + ${CONNECTIONS_BESIDE_POOL}): ` +
      `${needed}${available ? ` of PostgreSQL's max_connections ${available}` : ""}.`,
  );
  // PostgreSQL keeps 3 connections for superusers by default; worker processes and psql need some too.
  if (available && needed > available - 3) {
    console.warn(`Warning: ${needed} connections may exceed what PostgreSQL allows (${available}): lower DATABASE_POOL_SIZE or WEB_CONCURRENCY, or raise max_connections.`);
  }

  const { startWebCluster } = await import("../lib/server/web-cluster");
  web = await startWebCluster({
    count: processes.count,
    exec: webProcessScript,
    runJobs: config.WORKER === "on",
    log: (line) => console.log(line),
  });
  console.log(`\nChorus is running: ${env.APP_URL}${env.HOST === "127.0.0.1" ? " (this machine only; HOST=0.0.0.0 to serve others)" : ""}`);
  if (config.devMailboxEnabled && !env.RESEND_API_KEY) {
    // The key is the mailbox's password: whoever can read this console may read the mail.
    const key = env.DEV_MAILBOX_KEY ? `?key=${env.DEV_MAILBOX_KEY}` : "";
    console.log(`Emails go to the development mailbox (only from this machine): ${env.APP_URL}/dev/mailbox${key}`);
  }
  console.log(`Press Ctrl-C to stop; \`kill -USR2 ${process.pid}\` restarts the web processes one at a time.\n`);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabase?.();
  process.exit(1);
});
