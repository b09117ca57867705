import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, startEmbeddedPostgres, type RunningPostgres } from "../lib/database/embedded-postgres";
import { CHORUS_SYSTEM_DIR, makeChorusFolder } from "../lib/database/postgres-binaries";
import { canPass, postgresUser } from "../lib/database/postgres-user";
import { LOCAL_DATA_DIR as DATA_DIR } from "../lib/security/installation-secret";

/** Where, as root, the data goes when the postgres user cannot reach .data/ (one folder per checkout). */
const SHARED_DATA_ROOT = `${CHORUS_SYSTEM_DIR}/data`;

/**
 * The embedded PostgreSQL of `npm start` without DATABASE_URL: data kept in .data/postgres,
 * its password in .data/postgres-password.
 */
export async function startLocalDatabase(port: number): Promise<{ server: RunningPostgres; url: string }> {
  mkdirSync(DATA_DIR, { recursive: true });
  const dataDir = await localDataDir();
  if (!dataDir.startsWith(DATA_DIR)) console.log(`[postgres] data in ${dataDir}: the postgres user cannot reach ${DATA_DIR}`);
  const server = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  await createDatabase(server.url("postgres"), "chorus");
  return { server, url: server.url("chorus") };
}

/**
 * As root, PostgreSQL runs as the postgres user. When the checkout sits in a private folder
 * (a home folder, `mktemp -d` in CI), that user cannot reach .data/, and Chorus does not
 * open the folders above it: the data goes to a root-owned folder under /var/lib/chorus
 * instead, named after the checkout so each keeps its own.
 */
async function localDataDir(): Promise<string> {
  const inCheckout = path.join(DATA_DIR, "postgres");
  const user = postgresUser();
  if (canPass(user, DATA_DIR)) return inCheckout;
  const key = createHash("sha256").update(DATA_DIR).digest("hex").slice(0, 16);
  const parent = path.join(SHARED_DATA_ROOT, key);
  await makeChorusFolder(CHORUS_SYSTEM_DIR);
  // Passable, not listable: the postgres user only needs to reach its data folder.
  await makeChorusFolder(SHARED_DATA_ROOT, 0o711);
  await makeChorusFolder(parent, 0o711);
  writeFileSync(path.join(DATA_DIR, "postgres-location"), `${parent}\n`);
  return path.join(parent, "postgres");
}

