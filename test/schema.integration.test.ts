import { readFileSync } from "node:fs";
import { getDMMF } from "@prisma/internals";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../lib/database/migrate";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database";

// Guards the pair that cannot be generated from each other here: the Prisma schema (the
// model) and the hand-written SQL migrations (what the database really is).
let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase({ template: false });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
  await database.drop();
});

describe("migrations", () => {
  it("apply to an empty database, are recorded like Prisma's, and are idempotent", async () => {
    const first = await applyMigrations(database.url);
    expect(first.applied.length).toBeGreaterThan(0);
    const second = await applyMigrations(database.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);

    const recorded = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(recorded.rows.map((row) => row.migration_name)).toEqual(first.applied);
    for (const row of recorded.rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("create every model and field of the Prisma schema with the right nullability and enums", async () => {
    const dmmf = await getDMMF({ datamodel: readFileSync("prisma/schema.prisma", "utf8") });
    const columns = await client.query<{ table_name: string; column_name: string; is_nullable: string; udt_name: string }>(
      `SELECT table_name, column_name, is_nullable, udt_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const byTable = new Map<string, Map<string, { nullable: boolean; type: string }>>();
    for (const column of columns.rows) {
      const table = byTable.get(column.table_name) ?? new Map();
      table.set(column.column_name, { nullable: column.is_nullable === "YES", type: column.udt_name });
      byTable.set(column.table_name, table);
    }

    for (const model of dmmf.datamodel.models) {
      const table = byTable.get(model.dbName ?? model.name);
      expect(table, `table for model ${model.name}`).toBeDefined();
      for (const field of model.fields.filter((candidate) => candidate.kind !== "object")) {
        const column = table!.get(field.dbName ?? field.name);
        expect(column, `column ${model.name}.${field.name}`).toBeDefined();
        expect(column!.nullable, `nullability of ${model.name}.${field.name}`).toBe(!field.isRequired);
        if (field.kind === "enum") expect(column!.type, `type of ${model.name}.${field.name}`).toBe(field.type);
      }
      // No column in the database that the model does not know about.
      const modelColumns = model.fields.filter((f) => f.kind !== "object").map((f) => f.dbName ?? f.name);
      expect([...table!.keys()].sort(), `columns of ${model.name}`).toEqual(modelColumns.sort());
    }

    const enums = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    for (const enumeration of dmmf.datamodel.enums) {
      const found = enums.rows.find((row) => row.typname === enumeration.name);
      expect(found?.labels, `enum ${enumeration.name}`).toEqual(enumeration.values.map((value) => value.name));
    }
  });

  it("enforce the unique rules the domain relies on", async () => {
    const indexes = await client.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'`);
    const definitions = indexes.rows.map((row) => row.indexdef);
    expect(definitions).toContainEqual(expect.stringContaining('UNIQUE INDEX "Signature_campaignId_email_key"'));
    expect(definitions).toContainEqual(expect.stringContaining('UNIQUE INDEX "Signature_confirmationTokenHash_key"'));
    expect(definitions).toContainEqual(expect.stringContaining('UNIQUE INDEX "EmailMessage_idempotencyKey_key"'));
    expect(definitions).toContainEqual(expect.stringContaining('UNIQUE INDEX "Campaign_slug_key"'));
  });

  it("support create, read, update and delete through the Prisma client", async () => {
    const { db } = database;
    const campaign = await db.campaign.create({
      data: { slug: "crud", title: "T", summary: "S", story: "St", target: "Tg", goal: 10 },
    });
    expect((await db.campaign.findUniqueOrThrow({ where: { slug: "crud" } })).status).toBe("DRAFT");
    await db.campaign.update({ where: { id: campaign.id }, data: { status: "PUBLISHED" } });
    await db.campaignCounterShard.create({ data: { campaignId: campaign.id, shard: 3, count: 2 } });
    await db.campaign.delete({ where: { id: campaign.id } });
    expect(await db.campaignCounterShard.count()).toBe(0);
  });
});
