import type { Db } from "../db";

export type RecipientLimits = { perHour: number; perDay: number };

/** A recipient's allowance as taken: handed back when the email did not go out. */
export type RecipientTicket = { key: string; expire: bigint }[];

export type RecipientCap = {
  /** Takes one email from the inbox's hourly and daily allowance, or says when it reopens. */
  take(recipientKey: string, now: Date): Promise<{ ticket: RecipientTicket } | { reopensAt: Date }>;
  /** Returns what take() took, in the same windows only. */
  giveBack(ticket: RecipientTicket): Promise<void>;
};

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Caps how many confirmation emails one inbox receives across all campaigns, so Chorus
 * cannot be used to flood a mailbox. Fixed windows counted in the `rate_limits` table in
 * the same row format as rate-limiter-flexible's RateLimiterPostgres (so its clean-up of
 * expired rows covers these too), but written here because the limiter reads the process
 * clock while the outbox worker runs on the clock it is given. Each take is one
 * conditional upsert: it counts only while under the cap, so a refused email uses no
 * allowance, and any number of workers in any number of processes share the counters.
 */
export function createRecipientCap(db: Db, limits: RecipientLimits): RecipientCap {
  const windows = [
    { prefix: "email-recipient-hour", points: limits.perHour, durationMs: HOUR_MS },
    { prefix: "email-recipient-day", points: limits.perDay, durationMs: DAY_MS },
  ];

  async function takeOne(
    key: string,
    points: number,
    durationMs: number,
    now: Date,
  ): Promise<{ taken: bigint } | { reopensAt: Date }> {
    const nowMs = BigInt(now.getTime());
    const [row] = await db.$queryRaw<{ taken: bigint | null; expire: bigint | null }[]>`
      WITH taken AS (
        INSERT INTO "rate_limits" ("key", "points", "expire")
        VALUES (${key}, 1, ${nowMs + BigInt(durationMs)})
        ON CONFLICT ("key") DO UPDATE SET
          "points" = CASE WHEN "rate_limits"."expire" <= ${nowMs} THEN 1 ELSE "rate_limits"."points" + 1 END,
          "expire" = CASE WHEN "rate_limits"."expire" <= ${nowMs} THEN EXCLUDED."expire" ELSE "rate_limits"."expire" END
        WHERE "rate_limits"."expire" <= ${nowMs} OR "rate_limits"."points" < ${points}
        RETURNING "expire")
      SELECT (SELECT "expire" FROM taken) AS taken,
        (SELECT "expire" FROM "rate_limits" WHERE "key" = ${key}) AS expire`;
    return row?.taken != null ? { taken: row.taken } : { reopensAt: new Date(Number(row?.expire ?? nowMs)) };
  }

  async function giveBack(ticket: RecipientTicket) {
    for (const { key, expire } of ticket) {
      await db.$executeRaw`
        UPDATE "rate_limits" SET "points" = "points" - 1 WHERE "key" = ${key} AND "expire" = ${expire} AND "points" > 0`;
    }
  }

  return {
    async take(recipientKey, now) {
      const ticket: RecipientTicket = [];
      for (const window of windows) {
        const key = `${window.prefix}:${recipientKey}`;
        const outcome = await takeOne(key, window.points, window.durationMs, now);
        if (!("taken" in outcome)) {
          // The hourly allowance was taken for nothing when the daily one refuses.
          await giveBack(ticket);
          return { reopensAt: outcome.reopensAt };
        }
        ticket.push({ key, expire: outcome.taken });
      }
      return { ticket };
    },
    giveBack,
  };
}
