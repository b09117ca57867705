import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { createDatabase } from "../../lib/database/create-database";
import { createDb, type Db } from "../../lib/db";

export type TestDatabase = { url: string; db: Db; pool: pg.Pool; drop: () => Promise<void> };

/** A fresh, migrated database of its own for one test file (cloned from the template). */
export async function createTestDatabase(options: { template?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject("pgAdminUrl");
  const name = `chorus_test_${randomBytes(5).toString("hex")}`;
  await createDatabase(adminUrl, name, options.template === false ? undefined : inject("pgTemplateDatabase"));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { prisma, pool } = createDb(url.toString(), 20);
  return {
    url: url.toString(),
    db: prisma,
    pool,
    drop: async () => {
      await prisma.$disconnect();
      await pool.end();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The documented reset between tests: empty every application table. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.$executeRawUnsafe(
    `TRUNCATE "Signature", "CampaignCounterShard", "EmailMessage", "DevMailboxMessage", "rate_limits", "Campaign",
      "CampaignTranslation", "AuditLog", "CampaignReport", "CampaignInvitation", "CampaignMember", "Session", "Account", "VerificationToken", "User" CASCADE`,
  );
}

/** The app secret integration tests sign confirmation links with. */
export const TEST_SECRET = "integration-secret-integration-secret";

/**
 * Registers the file's database hooks: one database for the file, emptied before each
 * test. The returned handle reads the live database once the hooks have run.
 */
export function withTestDatabase(): Pick<TestDatabase, "db" | "pool" | "url"> {
  const state: { current?: TestDatabase } = {};
  const current = () => {
    if (!state.current) throw new Error("the test database is created in beforeAll");
    return state.current;
  };
  beforeAll(async () => {
    state.current = await createTestDatabase();
  });
  afterAll(() => current().drop());
  beforeEach(() => resetDatabase(current().db));
  return {
    get db() {
      return current().db;
    },
    get pool() {
      return current().pool;
    },
    get url() {
      return current().url;
    },
  };
}
