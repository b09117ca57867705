// `npm start`: one command from a fresh clone to a running Chorus.
// Without DATABASE_URL it runs an embedded PostgreSQL (data in .data/), migrates and seeds
// it, listens on 127.0.0.1 and, without an email provider, opens the development mailbox
// with a key printed below; with DATABASE_URL it uses that server as is.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { applyMigrations } from "../lib/database/migrate";
import { createDb } from "../lib/db";
import { seedDemoCampaign } from "../lib/campaigns/demo-campaign";
import { installationSecret } from "../lib/security/installation-secret";
import { localTrialSettings } from "../lib/server/local-trial";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");

// Tests set CHORUS_IGNORE_DOTENV so a developer's .env (a real RESEND_API_KEY, say) never leaks in.
if (existsSync(".env") && !process.env.CHORUS_IGNORE_DOTENV) process.loadEnvFile(".env");
const env = process.env;
const dev = process.argv.includes("--dev");
const port = Number(env.PORT ?? 3000);
env.APP_URL ??= `http://localhost:${port}`;
Object.assign(env, { NODE_ENV: dev ? "development" : "production" });

let stopDatabase: (() => Promise<void>) | undefined;

async function main() {
  if (!env.DATABASE_URL) {
    console.log("DATABASE_URL is not set: starting the embedded PostgreSQL (data in .data/)…");
    const { startLocalDatabase } = await import("./local-database");
    const local = await startLocalDatabase(Number(env.EMBEDDED_POSTGRES_PORT ?? 54329));
    stopDatabase = () => local.server.stop();
    env.DATABASE_URL = local.url;
    Object.assign(env, localTrialSettings(env, { dev, secret: (name) => installationSecret(name) }));
  }

  const migrations = await applyMigrations(env.DATABASE_URL);
  console.log(`Migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already in place.`);

  if (stopDatabase || env.SEED_DEMO === "1") {
    const { prisma, pool } = createDb(env.DATABASE_URL, 2);
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

  // Imported only now: it reads the configuration completed above.
  const { startChorusServer } = await import("../lib/server/chorus-server");
  const chorus = await startChorusServer({ port, dev });
  console.log(`\nChorus is running: ${env.APP_URL}${env.HOST === "127.0.0.1" ? " (this machine only; HOST=0.0.0.0 to serve others)" : ""}`);
  const { getEnv } = await import("../lib/env");
  if (getEnv().devMailboxEnabled && !env.RESEND_API_KEY) {
    // The key is the mailbox's password: whoever can read this console may read the mail.
    const key = env.DEV_MAILBOX_KEY ? `?key=${env.DEV_MAILBOX_KEY}` : "";
    console.log(`Emails go to the development mailbox (only from this machine): ${env.APP_URL}/dev/mailbox${key}`);
  }
  console.log("Press Ctrl-C to stop.\n");

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping…");
    await chorus.close().catch(() => {});
    await stopDatabase?.();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabase?.();
  process.exit(1);
});
