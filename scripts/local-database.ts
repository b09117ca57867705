import path from "node:path";
import { createDatabase, startEmbeddedPostgres, type RunningPostgres } from "../lib/database/embedded-postgres";

export const DATA_DIR = path.resolve(".data");

/** The embedded PostgreSQL of `npm start` without DATABASE_URL: data kept in .data/postgres. */
export async function startLocalDatabase(port: number): Promise<{ server: RunningPostgres; url: string }> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port, persistent: true });
  await createDatabase(server.url("postgres"), "chorus");
  return { server, url: server.url("chorus") };
}
