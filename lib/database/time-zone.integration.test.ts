import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createTestDatabase, type TestDatabase } from "../../test/helpers/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const name = new URL(database.url).pathname.slice(1);
  await database.db.$executeRawUnsafe(`ALTER DATABASE "${name}" SET "TimeZone" TO 'Asia/Seoul'`);
});

afterAll(async () => {
  await database.drop();
});

describe("dates through Prisma", () => {
  it("read back as written when the database's time zone is not UTC", async () => {
    // New connections pick up the database's Asia/Seoul setting.
    const { prisma, pool } = createDb(database.url, 2);
    try {
      const closesAt = new Date("2026-12-01T10:00:00.000Z");
      const campaign = await prisma.campaign.create({
        data: { slug: "tz", title: "T", summary: "S", story: "St", target: "Tg", goal: 10, closesAt },
      });
      const read = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
      expect(read.closesAt?.toISOString()).toBe(closesAt.toISOString());
      const [rawRead] = await prisma.$queryRaw<{ closesAt: Date }[]>`SELECT "closesAt" FROM "Campaign" WHERE "id" = ${campaign.id}::uuid`;
      expect(rawRead!.closesAt.toISOString()).toBe(closesAt.toISOString());
      // What PostgreSQL itself holds (deadlines are compared with now() in SQL).
      const stored = await pool.query(`SELECT to_char("closesAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS utc FROM "Campaign"`);
      expect(stored.rows[0].utc).toBe("2026-12-01T10:00");
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });
});
