import { setTimeout as sleepFor } from "node:timers/promises";
import type { Db } from "../db";
import { notifyOutbox } from "../email/outbox-signal";
import type { Locale } from "../i18n/locales";
import { hashIp } from "../security/hash-ip";
import { processSignDurations, type SignDurationTracker } from "../security/sign-duration-tracker";
import type { SignRateLimiter } from "../security/sign-rate-limiter";
import { newReferralCode } from "./referral-code";
import { signPetition } from "./sign-petition";
import { fieldErrorsOf, signatureInputSchema, type SignatureFieldErrors } from "./signature-input";

export type SubmitSignatureResult =
  | { ok: true; email: string; referralCode: string }
  | { ok: false; code: "VALIDATION_FAILED"; fields: SignatureFieldErrors }
  | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number }
  | { ok: false; code: "CAMPAIGN_NOT_FOUND" | "CAMPAIGN_CLOSED" };

type SubmitSignatureOptions = {
  db: Db;
  limiter: SignRateLimiter;
  secret: string;
  campaignSlug: string;
  /** Untrusted input, from a form or a JSON body. */
  rawInput: Record<string, unknown>;
  locale: Locale;
  ip: string | null;
  now?: Date;
  /** How long real signatures take; the process's own tracker unless a test passes one. */
  durations?: SignDurationTracker;
  /** Waits for the honeypot's decoy; injectable so tests need not wait. */
  sleep?: (ms: number) => Promise<unknown>;
  /** A monotonic clock in milliseconds, to measure real signatures. */
  clock?: () => number;
};

/** Everything a sign request goes through, shared by the page's form and the JSON API. */
export async function submitSignature(options: SubmitSignatureOptions): Promise<SubmitSignatureResult> {
  const durations = options.durations ?? processSignDurations();
  const clock = options.clock ?? (() => performance.now());
  const parsed = signatureInputSchema.safeParse(options.rawInput);
  if (!parsed.success) return { ok: false, code: "VALIDATION_FAILED", fields: fieldErrorsOf(parsed.error) };
  const input = parsed.data;

  const ipHash = hashIp(options.secret, options.ip);
  // Without a known address (no trusted proxy vouched for one) every such request shares one
  // budget: unlimited signing is never the fallback.
  const retryAfterSeconds = await options.limiter.check({ ipKey: ipHash ?? "unknown-client" });
  if (retryAfterSeconds !== null) return { ok: false, code: "RATE_LIMITED", retryAfterSeconds };

  // A filled honeypot is a bot: it is told what a person would be told, after about as
  // long as a real signature takes (a quicker answer would tell it it was caught), and
  // nothing is stored.
  if (input.hp) {
    await (options.sleep ?? sleepFor)(durations.decoyDelayMs());
    return { ok: true, email: input.email, referralCode: newReferralCode() };
  }

  const started = clock();
  const result = await signPetition({
    db: options.db,
    secret: options.secret,
    campaignSlug: options.campaignSlug,
    input,
    locale: input.locale ?? options.locale,
    ipHash,
    now: options.now,
  });
  if (!result.ok) return result;
  durations.record(clock() - started);
  if (result.outcome !== "unchanged") notifyOutbox();
  return { ok: true, email: input.email, referralCode: result.referralCode };
}
