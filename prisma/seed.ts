// `npm run db:seed`: create the demo campaign (slug save-my-friend) if it is missing.
import { existsSync } from "node:fs";
import { seedDemoCampaign } from "../lib/campaigns/demo-campaign";
import { createDb } from "../lib/db";

if (existsSync(".env")) process.loadEnvFile(".env");
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Set DATABASE_URL to the database to seed.");
  process.exit(1);
}
const { prisma, pool } = createDb(url, 1);
const result = await seedDemoCampaign(prisma);
console.log(result.created ? "Seeded the demo campaign save-my-friend." : "The demo campaign already exists.");
await prisma.$disconnect();
await pool.end();
