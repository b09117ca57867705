import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// What signing costs the database, statement for statement as lib/ issues them: the
// per-address rate-limit upsert (committed without waiting for the flush), then the sign
// statement's two inserts.
const SIGN = `
\\set n random(1, 2000000000)
BEGIN;
SET LOCAL synchronous_commit = off;
INSERT INTO rate_limits VALUES ('sign-ip:' || :client_id || '-' || :n, 1, 0) ON CONFLICT (key) DO UPDATE SET points = rate_limits.points + 1;
COMMIT;
WITH inserted AS (
  INSERT INTO "Signature" ("id","campaignId","email","name","country","locale","confirmationTokenHash","tokenExpiresAt","confirmationSentAt","referralCode","createdAt","updatedAt")
  VALUES (md5(:client_id || '-' || :n)::uuid, :campaign, 'pgbench-' || :client_id || '-' || :n || '@example.org', 'Bench', 'KR', 'en',
    md5('t' || :client_id || '-' || :n), now() + interval '7 days', now(), md5('r' || :client_id || '-' || :n), now(), now())
  ON CONFLICT DO NOTHING RETURNING "id")
INSERT INTO "EmailMessage" ("id","idempotencyKey","kind","toAddress","locale","payload")
SELECT md5('e' || :client_id || '-' || :n)::uuid, 'pgbench:' || :client_id || ':' || :n, 'signature-confirmation', 'x@example.org', 'en', '{}'
FROM inserted;
`;

// What confirming costs: flip one pending signature and bump a counter shard, in one statement.
const CONFIRM = `
\\set shard random(0, 15)
WITH target AS (
  SELECT "id" FROM "Signature" WHERE "campaignId" = :campaign AND "status" = 'PENDING' LIMIT 1 FOR UPDATE SKIP LOCKED
), confirmed AS (
  UPDATE "Signature" s SET "status" = 'CONFIRMED', "confirmedAt" = now() FROM target WHERE s."id" = target."id" RETURNING s."campaignId"
)
INSERT INTO "CampaignCounterShard" ("campaignId","shard","count") SELECT "campaignId", :shard, 1 FROM confirmed
ON CONFLICT ("campaignId","shard") DO UPDATE SET "count" = "CampaignCounterShard"."count" + 1;
`;

function pgbench(databaseUrl: string, campaignId: string, script: string, clients: number, seconds: number): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chorus-pgbench-"));
  const file = path.join(dir, "script.sql");
  writeFileSync(file, script);
  const run = spawnSync(
    "pgbench",
    ["-n", "-c", String(clients), "-j", "2", "-T", String(seconds), "-D", `campaign='${campaignId}'`, "-f", file, databaseUrl],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`pgbench failed: ${run.stderr}`);
  const tps = /tps = ([\d.]+)/.exec(run.stdout);
  if (!tps) throw new Error(`pgbench printed no tps:\n${run.stdout}`);
  return Math.round(Number(tps[1]));
}

/**
 * Signatures and confirmations per second that PostgreSQL alone sustains on this machine
 * (16 clients, pgbench's own CPU included, as the app's load generator is).
 */
export function measureDatabaseCeilings(databaseUrl: string, campaignId: string, seconds = 10) {
  const sign = pgbench(databaseUrl, campaignId, SIGN, 16, seconds);
  // Confirms the rows the sign run left pending; half the time keeps them from running out.
  const confirm = pgbench(databaseUrl, campaignId, CONFIRM, 16, Math.max(2, Math.floor(seconds / 2)));
  return { sign, confirm };
}
