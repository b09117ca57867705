import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, startEmbeddedPostgres, type RunningPostgres } from "../lib/database/embedded-postgres";

export const DATA_DIR = path.resolve(".data");

/** The embedded PostgreSQL of `npm start` without DATABASE_URL: data kept in .data/postgres. */
export async function startLocalDatabase(port: number): Promise<{ server: RunningPostgres; url: string }> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, persistent: true });
  await createDatabase(server.url("postgres"), "chorus");
  return { server, url: server.url("chorus") };
}

/** A secret for local use, made once and kept beside the local database. */
export function localAppSecret(): string {
  const file = path.join(DATA_DIR, "app-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
