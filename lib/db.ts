import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { getEnv } from "./env";



// One pool and one client per process. Kept on globalThis because Next.js may load this
// module more than once (dev reloads, separate bundles for routes and instrumentation).
const globalForDb = globalThis as unknown as { chorusDb?: Handles };

const statementNames = new Map<string, string>();

/**
 * Names every statement so each pooled connection prepares it once: PostgreSQL then plans
 * the sign and confirm statements once per connection instead of on every request.
 */
function statementName({ sql }: { sql: string }): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `chorus_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return name;
}

export function createDb(connectionString: string, poolSize = 10) {
  // Prisma's pg adapter writes and reads timestamptz values as UTC wall-clock times: the
  // session must be in UTC, or on a server whose TimeZone is local (some managed services) every
  // stored date is shifted, and SQL comparing deadlines with now() is off by hours.
  const pool = new pg.Pool({ connectionString, max: poolSize, options: "-c TimeZone=UTC" });
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { statementNameGenerator: statementName }),
    // Secrets stay out of query results unless a caller asks for them.
    omit: { signature: { confirmationTokenHash: true, ipHash: true } },
    // Under a burst, waiting a few seconds for a pooled connection beats failing the request.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return { pool, prisma };
}

type Handles = ReturnType<typeof createDb>;
/** The Prisma client every domain function takes. */
export type Db = Handles["prisma"];
/** A transaction handle, as passed to `db.$transaction(async (tx) => ...)`. */
export type DbTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function handles(): Handles {
  if (!globalForDb.chorusDb) {
    const env = getEnv();
    globalForDb.chorusDb = createDb(env.DATABASE_URL, env.DATABASE_POOL_SIZE);
  }
  return globalForDb.chorusDb;
}

export function getDb(): Db {
  return handles().prisma;
}

export function getPool(): pg.Pool {
  return handles().pool;
}
