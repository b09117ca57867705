import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase } from "../../lib/database/embedded-postgres";
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
    `TRUNCATE "Signature", "CampaignCounterShard", "EmailMessage", "DevMailboxMessage", "rate_limits", "Campaign" CASCADE`,
  );
}
