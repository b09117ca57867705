import { createDb, type Db } from "../../lib/db";

let db: Db | undefined;

/**
 * The database the app under test uses, for factories. Refuses anything but a local
 * server, so a misconfigured run can never write test rows into a real database.
 */
export function e2eDb(): Db {
  if (db) return db;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the browser tests through `npm test` or `npm run test:e2e`.");
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run browser tests against a non-local database (${host}).`);
  }
  db = createDb(url, 4).prisma;
  return db;
}
