import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// What one signature costs the database, statement for statement as lib/ issues them:
// the two rate-limit upserts (without waiting for the flush), the sign statement's two
// inserts, then the confirm's update and counter-shard bump. (The coalesced NOTIFY is a
// few statements a second in all, not per signature, and is left out.)
const SIGN_AND_CONFIRM = `
\\set n random(1, 2000000000)
\\set shard random(0, 15)
BEGIN;
SET LOCAL synchronous_commit = off;
INSERT INTO rate_limits VALUES ('sign-ip:' || :client_id || '-' || :n, 1, 0) ON CONFLICT (key) DO UPDATE SET points = rate_limits.points + 1;
INSERT INTO rate_limits VALUES ('sign-email:' || :client_id || '-' || :n, 1, 0) ON CONFLICT (key) DO UPDATE SET points = rate_limits.points + 1;
COMMIT;
BEGIN;
INSERT INTO "Signature" ("id","campaignId","email","name","country","locale","confirmationTokenHash","tokenExpiresAt","confirmationSentAt","referralCode","createdAt","updatedAt")
VALUES (md5(:client_id || '-' || :n)::uuid, :campaign, 'pgbench-' || :client_id || '-' || :n || '@example.org', 'Bench', 'KR', 'en',
  md5('t' || :client_id || '-' || :n), now() + interval '7 days', now(), md5('r' || :client_id || '-' || :n), now(), now())
ON CONFLICT DO NOTHING;
INSERT INTO "EmailMessage" ("id","idempotencyKey","kind","toAddress","locale","payload")
VALUES (md5('e' || :client_id || '-' || :n)::uuid, 'pgbench:' || :client_id || ':' || :n, 'signature-confirmation', 'x@example.org', 'en', '{}')
ON CONFLICT DO NOTHING;
COMMIT;
BEGIN;
UPDATE "Signature" SET "status" = 'CONFIRMED', "confirmedAt" = now() WHERE "confirmationTokenHash" = md5('t' || :client_id || '-' || :n) AND "status" = 'PENDING';
INSERT INTO "CampaignCounterShard" ("campaignId","shard","count") VALUES (:campaign, :shard, 1)
ON CONFLICT ("campaignId","shard") DO UPDATE SET "count" = "CampaignCounterShard"."count" + 1;
COMMIT;
`;

/** Signatures per second (each signed and confirmed) that PostgreSQL alone sustains here. */
export function measureDatabaseCeiling(databaseUrl: string, campaignId: string, clients = 16, seconds = 10): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chorus-pgbench-"));
  const script = path.join(dir, "signature.sql");
  writeFileSync(script, SIGN_AND_CONFIRM);
  const run = spawnSync(
    "pgbench",
    ["-n", "-c", String(clients), "-j", "2", "-T", String(seconds), "-D", `campaign='${campaignId}'`, "-f", script, databaseUrl],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`pgbench failed: ${run.stderr}`);
  const tps = /tps = ([\d.]+)/.exec(run.stdout);
  if (!tps) throw new Error(`pgbench printed no tps:\n${run.stdout}`);
  return Math.round(Number(tps[1]));
}
