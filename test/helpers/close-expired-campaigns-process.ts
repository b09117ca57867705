// A separate Node process that runs the deadline job once against the database named in
// argv[2], for the race test in lib/campaigns/close-expired-campaigns.integration.test.ts.
// It prints the ids it closed as one line of JSON.
import { closeExpiredCampaigns } from "../../lib/campaigns/close-expired-campaigns";
import { createDb } from "../../lib/db";

const { prisma, pool } = createDb(process.argv[2]!, 1);
try {
  // Connect first, so the job's statement is what waits, not the connection.
  await prisma.$queryRaw`SELECT 1`;
  process.stdout.write("ready\n");
  const closed = await closeExpiredCampaigns({ db: prisma });
  process.stdout.write(`${JSON.stringify(closed)}\n`);
} finally {
  await prisma.$disconnect();
  await pool.end();
}
