import { z } from "zod";

// The one place that reads process.env. Parsed lazily so `next build` works without a database.
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  APP_URL: z.string().url().default("http://localhost:3000"),
  APP_SECRET: z.string().min(32, "APP_SECRET must be at least 32 characters").optional(),
  EMAIL_FROM: z.string().min(3).default("Chorus <no-reply@chorus.localhost>"),
  RESEND_API_KEY: z.string().min(1).optional(),
  DEV_MAILBOX: booleanFlag,
  WORKER: z.enum(["on", "off"]).default("on"),
  WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
  RATE_LIMIT_SIGN_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** How many proxies in front append to X-Forwarded-For (load balancer: 1; CDN + load balancer: 2). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
  /** Serves GET /__chorus/memory (heap after a GC, open streams) for the benchmark. Never in production. */
  CHORUS_DIAGNOSTICS: booleanFlag,

  // Email delivery: confirmation emails one inbox receives across all campaigns (the outbox
  // worker postpones the rest until the window allows). Defaults in lib/email/deliver-due-emails.ts.
  EMAIL_CONFIRMATIONS_PER_RECIPIENT_PER_HOUR: z.coerce.number().int().min(1).default(3),
  EMAIL_CONFIRMATIONS_PER_RECIPIENT_PER_DAY: z.coerce.number().int().min(1).default(10),

  // Live-count streams held open at once, per client address (an IPv6 /64) and per process.
  // Generous per address: a mobile carrier's NAT puts many visitors behind one address,
  // and one refused falls back to polling the count every few seconds.
  STREAMS_PER_CLIENT: z.coerce.number().int().min(1).default(200),
  STREAMS_MAX: z.coerce.number().int().min(1).default(10_000),
});

export type Env = z.infer<typeof envSchema> & { APP_SECRET: string; devMailboxEnabled: boolean };

const DEVELOPMENT_SECRET = "chorus-development-secret-do-not-use-in-production";

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === "production" && !env.APP_SECRET) {
    throw new Error("Invalid configuration:\n  APP_SECRET: required in production (32+ random characters)");
  }
  if (env.NODE_ENV === "production" && !env.RESEND_API_KEY && !env.DEV_MAILBOX) {
    // Otherwise confirmation emails would go to a mailbox nobody can open.
    throw new Error("Invalid configuration:\n  RESEND_API_KEY: required in production (or DEV_MAILBOX=1 on a private machine)");
  }
  cached = {
    ...env,
    APP_SECRET: env.APP_SECRET ?? DEVELOPMENT_SECRET,
    // The mailbox exposes every email, so production shows it only when asked to.
    devMailboxEnabled: env.NODE_ENV !== "production" || env.DEV_MAILBOX,
  };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
