// `npm run db:migrate`: apply prisma/migrations to DATABASE_URL.
import { existsSync } from "node:fs";
import { applyMigrations } from "../lib/database/migrate";

if (existsSync(".env")) process.loadEnvFile(".env");
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to migrate.");
  process.exit(1);
}
const result = await applyMigrations(url);
console.log(`Applied: ${result.applied.join(", ") || "none"}; already applied: ${result.alreadyApplied.length}.`);
