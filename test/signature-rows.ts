import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import type { Db } from "../lib/db";
import { newReferralCode } from "../lib/signatures/referral-code";

type SignatureRow = {
  campaignId: string;
  status?: "PENDING" | "CONFIRMED" | "INVALIDATED" | "WITHDRAWN";
  consentUpdates?: boolean;
  name?: string;
  email?: string;
  country?: string;
  postalCode?: string | null;
  createdAt?: Date;
  confirmedAt?: Date | null;
};

/**
 * One signature in exactly the state a test describes, written directly (no token or
 * email flow): for reading code such as exports and statistics. A confirmed one is
 * confirmed a minute after it was created unless told otherwise.
 */
export async function signatureRow(db: Db, row: SignatureRow) {
  const status = row.status ?? "CONFIRMED";
  const createdAt = row.createdAt ?? new Date();
  const consent = row.consentUpdates ?? false;
  return db.signature.create({
    data: {
      campaignId: row.campaignId,
      status,
      name: row.name ?? "Test Signer",
      email: row.email ?? `signer-${randomBytes(4).toString("hex")}@example.org`,
      country: row.country ?? "KR",
      postalCode: row.postalCode ?? null,
      locale: "en",
      consentUpdates: consent,
      consentWording: consent ? "updates-v1:en" : null,
      consentAt: consent ? createdAt : null,
      confirmationTokenHash: randomUUID(),
      tokenExpiresAt: new Date(createdAt.getTime() + 86_400_000),
      confirmationSentAt: createdAt,
      confirmedAt: row.confirmedAt !== undefined ? row.confirmedAt : status === "CONFIRMED" ? new Date(createdAt.getTime() + 60_000) : null,
      referralCode: newReferralCode(),
      createdAt,
    },
  });
}

/**
 * `count` confirmed signatures that consented to updates, in one INSERT ... SELECT
 * generate_series (175,000 take a few seconds). Names mix Korean, Chinese and Latin
 * scripts; countries cycle through eight codes; creation times spread evenly over
 * `spreadMs` before now, each confirmed up to five minutes after it was created.
 */
export async function insertConfirmedSignaturesInBulk(
  pool: pg.Pool,
  { campaignId, count, spreadMs = 30 * 86_400_000 }: { campaignId: string; count: number; spreadMs?: number },
): Promise<void> {
  const tag = randomBytes(4).toString("hex");
  await pool.query(
    `INSERT INTO "Signature" (id, "campaignId", email, name, country, "postalCode", locale, "consentUpdates",
       "consentWording", "consentAt", status, "confirmationTokenHash", "tokenExpiresAt", "confirmationSentAt",
       "confirmedAt", "referralCode", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, 'bulk-' || $2 || '-' || i || '@example.org',
            (ARRAY['김민준', '王芳', 'Ana García', 'Jean-Luc Picard', '이서연', '陈伟', 'Amara Okafor'])[1 + i % 7] || ' ' || i,
            (ARRAY['KR', 'CN', 'US', 'DE', 'FR', 'JP', 'TW', 'BR'])[1 + i % 8],
            CASE WHEN i % 3 = 0 THEN NULL ELSE lpad((i % 100000)::text, 5, '0') END,
            'en', true, 'updates-v1:en', t.created, 'CONFIRMED', md5($2 || ':token:' || i), t.created + interval '1 day',
            t.created, least(t.created + interval '5 minutes', now()), md5($2 || ':ref:' || i), t.created, t.created
     FROM generate_series(1, $3::int) AS i,
          LATERAL (SELECT now() - ($4::bigint * ($3::int - i) / $3::int) * interval '1 millisecond' AS created) AS t`,
    [campaignId, tag, count, spreadMs],
  );
}
