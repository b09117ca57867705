import path from "node:path";
import { z } from "zod";
import { embedFrameAncestors } from "./http/framing-policy";
import { compileProxyTrust, type ProxyTrust } from "./http/proxy-trust";
import { installationSecret, LOCAL_DATA_DIR } from "./security/installation-secret";
import { KAKAO_JAVASCRIPT_KEY_PATTERN } from "./sharing/kakao-sdk";

// The one place that reads process.env. Parsed lazily so `next build` works without a database.
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Web processes `npm start` runs (lib/server/web-concurrency.ts decides when unset: one per
   * core with a DATABASE_URL of your own, one with the embedded database or `npm run dev`).
   */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** The address the HTTP server listens on (0.0.0.0: every interface; 127.0.0.1: this machine only). */
  HOST: z.string().min(1).default("0.0.0.0"),
  APP_SECRET: z.string().min(32, "APP_SECRET must be at least 32 characters").optional(),
  EMAIL_FROM: z.string().min(3).default("Chorus <no-reply@chorus.localhost>"),
  RESEND_API_KEY: z.string().min(1).optional(),
  /** The signing secret of the Resend webhook (whsec_…): without it POST /api/webhooks/resend answers 503. */
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]{16,}$/, "RESEND_WEBHOOK_SECRET must be the webhook's signing secret (whsec_…)")
    .optional(),
  DEV_MAILBOX: booleanFlag,
  /** When set, /dev/ also requires this key (given once as ?key=, then kept in a cookie). */
  DEV_MAILBOX_KEY: z.string().min(32, "DEV_MAILBOX_KEY must be at least 32 characters").optional(),
  WORKER: z.enum(["on", "off"]).default("on"),
  WORKER_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).default(300_000),
  RATE_LIMIT_SIGN_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** How long each process answers a shared-cacheable page from memory (lib/server/page-cache.ts); 0: never. */
  PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  /** Proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
  TRUSTED_PROXIES: z.string().optional(),
  /** At most this many X-Forwarded-For entries are believed, even from trusted proxies (unset: no cap). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).optional(),
  /** Serves GET /__chorus/memory (heap after a GC, open streams) for the benchmark, to a bearer of the token. */
  CHORUS_DIAGNOSTICS: booleanFlag,
  CHORUS_DIAGNOSTICS_TOKEN: z.string().min(32, "CHORUS_DIAGNOSTICS_TOKEN must be at least 32 characters").optional(),

  // Email delivery: confirmation emails one inbox receives across all campaigns (the outbox
  // worker postpones the rest until the window allows). Defaults in lib/email/deliver-due-emails.ts.
  EMAIL_CONFIRMATIONS_PER_RECIPIENT_PER_HOUR: z.coerce.number().int().min(1).default(3),
  EMAIL_CONFIRMATIONS_PER_RECIPIENT_PER_DAY: z.coerce.number().int().min(1).default(10),
  /**
   * Requests to the email provider per second, across every process together (stored in
   * PostgreSQL). Default: Resend's default limit (lib/email/send-rate-limiter.ts). 0: no
   * limit, for benchmarks against the local stand-in only.
   */
  EMAIL_MAX_REQUESTS_PER_SECOND: z.coerce.number().int().min(0).default(5),
  /** How long a worker's claim on a batch of an update's emails holds (renewed before each send). */
  EMAIL_BATCH_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  /** Update batches (100 emails each) one worker process sends at once. */
  EMAIL_BATCH_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** An inbox that processes unsubscribe requests by email: adds mailto: to List-Unsubscribe (unset: URL only). */
  EMAIL_UNSUBSCRIBE_MAILTO: z.string().email("EMAIL_UNSUBSCRIBE_MAILTO must be an email address").optional(),

  // Live-count streams held open at once, per client address (an IPv6 /64) and per process.
  // Generous per address: a mobile carrier's NAT puts many visitors behind one address,
  // and one refused falls back to polling the count every few seconds.
  STREAMS_PER_CLIENT: z.coerce.number().int().min(1).default(200),
  STREAMS_MAX: z.coerce.number().int().min(1).default(10_000),

  /** People who are admins as soon as they sign in (comma-separated emails): the first admins. */
  ADMIN_EMAILS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? "")
        .split(",")
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Sign-in requests (magic-link emails) per address and per client IP per hour. */
  RATE_LIMIT_SIGN_IN_PER_HOUR: z.coerce.number().int().min(1).default(5),

  /** The folder uploaded images are kept in (default: .data/uploads in the checkout). */
  UPLOADS_DIR: z.string().min(1).optional(),

  /** A Kakao Developers app's JavaScript key: shows "Share on KakaoTalk" (see lib/sharing/kakao-sdk.ts). */
  KAKAO_JAVASCRIPT_KEY: z
    .string()
    .regex(KAKAO_JAVASCRIPT_KEY_PATTERN, "KAKAO_JAVASCRIPT_KEY must be the app's JavaScript key (letters and digits)")
    .optional(),
  /** Sites that may embed the petition widget (/embed/…): "*" (default) or origins, comma-separated. */
  EMBED_ALLOWED_ORIGINS: z.string().optional(),
});

export type Env = z.infer<typeof envSchema> & {
  APP_SECRET: string;
  devMailboxEnabled: boolean;
  /** Whose forwarding headers are believed, compiled from TRUSTED_PROXIES and TRUST_PROXY. */
  proxyTrust: ProxyTrust;
  /** UPLOADS_DIR as an absolute path, or .data/uploads. */
  uploadsDir: string;
  /** EMBED_ALLOWED_ORIGINS as the widget's CSP frame-ancestors sources. */
  embedFrameAncestors: string;
};

function invalid(name: string, message: string): Error {
  return new Error(`Invalid configuration:\n  ${name}: ${message}`);
}

function embedAncestors(raw: string | undefined): string {
  try {
    return embedFrameAncestors(raw);
  } catch (error) {
    throw invalid("EMBED_ALLOWED_ORIGINS", error instanceof Error ? error.message : String(error));
  }
}

function compileTrust(env: z.infer<typeof envSchema>): ProxyTrust {
  if (env.TRUST_PROXY && !env.TRUSTED_PROXIES?.trim()) {
    // TRUST_PROXY alone used to believe X-Forwarded-For from any peer.
    throw invalid("TRUST_PROXY", "set TRUSTED_PROXIES to your proxies' addresses or ranges (e.g. 10.0.0.0/8); TRUST_PROXY now only caps how many hops are believed");
  }
  try {
    return compileProxyTrust(env.TRUSTED_PROXIES, env.TRUST_PROXY ?? Infinity);
  } catch (error) {
    throw invalid("TRUSTED_PROXIES", `${error instanceof Error ? error.message : error} (use addresses or CIDR ranges, comma-separated)`);
  }
}

/** The address part of "Name <address>" or a bare address, lower-cased. */
function senderDomain(from: string): string {
  const address = /<([^>]*)>/.exec(from)?.[1] ?? from;
  return address.slice(address.lastIndexOf("@") + 1).trim().toLowerCase();
}

function isLocalHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare.endsWith(".localhost") || bare === "::1" || bare === "0.0.0.0" || /^127\./.test(bare);
}

function isLocalSender(from: string): boolean {
  return isLocalHost(senderDomain(from));
}

function isLocalUrl(url: string): boolean {
  return isLocalHost(new URL(url).hostname);
}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === "production";
  if (production && !env.APP_SECRET) throw invalid("APP_SECRET", "required in production (32+ random characters)");
  // The mailbox exposes every email, so production shows it only when asked to.
  const devMailboxEnabled = !production || env.DEV_MAILBOX || Boolean(env.DEV_MAILBOX_KEY);
  if (!env.RESEND_API_KEY && !devMailboxEnabled) {
    // Otherwise confirmation emails would go to a mailbox nobody can open.
    throw invalid("RESEND_API_KEY", "required in production (or DEV_MAILBOX=1 on a private machine)");
  }
  if (production && env.RESEND_API_KEY) {
    // Real email leaves this machine: a sender at .localhost bounces or lands in spam, and
    // links to localhost (confirm, unsubscribe, List-Unsubscribe) work for nobody.
    if (isLocalSender(env.EMAIL_FROM)) {
      throw invalid("EMAIL_FROM", 'required in production, at a domain you send from (e.g. "Chorus <no-reply@petitions.example.org>")');
    }
    if (isLocalUrl(env.APP_URL)) {
      throw invalid("APP_URL", "required in production: the public address people open links in emails at (e.g. https://petitions.example.org)");
    }
  }
  if (env.CHORUS_DIAGNOSTICS && !env.CHORUS_DIAGNOSTICS_TOKEN) {
    throw invalid("CHORUS_DIAGNOSTICS_TOKEN", "required when CHORUS_DIAGNOSTICS is on (32+ random characters)");
  }
  cached = {
    ...env,
    // Outside production a secret made for this installation (kept in .data/), never a constant.
    APP_SECRET: env.APP_SECRET ?? installationSecret("app-secret"),
    devMailboxEnabled,
    proxyTrust: compileTrust(env),
    embedFrameAncestors: embedAncestors(env.EMBED_ALLOWED_ORIGINS),
    // The app writes uploads itself (unlike PostgreSQL's data, which the postgres user must
    // reach), so the checkout's .data/ serves as root too. A folder read at run time: the
    // build has nothing to trace in it.
    uploadsDir: path.resolve(/*turbopackIgnore: true*/ env.UPLOADS_DIR ?? path.join(LOCAL_DATA_DIR, "uploads")),
  };
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
