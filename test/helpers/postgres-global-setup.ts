import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase } from "../../lib/database/create-database";
import { applyMigrations } from "../../lib/database/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplateDatabase: string;
  }
}

/**
 * Integration tests run against a real PostgreSQL: the one `npm test` started
 * (TEST_PG_ADMIN_URL), or an embedded one started here. Each test file then clones a
 * migrated template database, so files run in parallel without sharing rows.
 */
export default async function setup(project: TestProject) {
  let stop: (() => Promise<void>) | undefined;
  let adminUrl = process.env.TEST_PG_ADMIN_URL;
  if (!adminUrl) {
    const { makeTemporaryDataParent, startEmbeddedPostgres } = await import("../../lib/database/embedded-postgres");
    const dir = await makeTemporaryDataParent("chorus-vitest-");
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), persistent: false, quiet: true });
    adminUrl = server.url("postgres");
    stop = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const template = `chorus_template_${process.pid}`;
  await createDatabase(adminUrl, template);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await applyMigrations(templateUrl.toString());

  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplateDatabase", template);
  return async () => {
    await stop?.();
  };
}
